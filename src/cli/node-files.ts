import { closeSync, openSync, readSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
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
    // Synchronous: replay reads tens of thousands of small ranges one after another, and each
    // asynchronous open, read and close waits its turn in libuv's thread pool (a third of the run).
    readRange: async (path, start, length) => {
      const file = openSync(resolve(path), "r");
      try {
        const buffer = Buffer.alloc(length);
        return buffer.subarray(0, readSync(file, buffer, 0, length, start));
      } finally {
        closeSync(file);
      }
    },
  };
}
