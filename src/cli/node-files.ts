import { open, readdir, readFile, stat } from "node:fs/promises";
import type { CliIO } from "./main";

type FileAccess = Pick<CliIO, "readFile" | "stat" | "listFolder" | "readRange">;

/** The command's file access through node:fs; `resolve` maps a path as given to where it is read (tests: from the repository root). */
export function nodeFiles(resolve: (path: string) => string = (path) => path): FileAccess {
  return {
    readFile: (path) => readFile(resolve(path)),
    stat: async (path) => {
      const found = await stat(resolve(path));
      return { folder: found.isDirectory(), size: found.size };
    },
    listFolder: (path) => readdir(resolve(path)),
    readRange: async (path, start, length) => {
      const file = await open(resolve(path), "r");
      try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await file.read(buffer, 0, length, start);
        return buffer.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
  };
}
