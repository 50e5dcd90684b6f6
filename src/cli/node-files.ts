import { closeSync, constants, openSync, readSync } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { FileRefused, MAX_FILE_BYTES } from "./limits";
import type { CliIO } from "./main";

type FileAccess = Pick<CliIO, "readFile" | "stat" | "listFolder" | "readRange">;

// Non-blocking: opening a FIFO with no writer would otherwise wait forever.
const READ_ONLY = constants.O_RDONLY | constants.O_NONBLOCK;

/** The command's file access through node:fs; `resolve` maps a path as given to where it is read (tests: from the repository root). */
export function nodeFiles(resolve: (path: string) => string = (path) => path): FileAccess {
  return {
    readFile: async (path) => {
      // Checked on the open file, not the name: a device (/dev/zero), FIFO or socket never
      // ends, and the file cannot be swapped between the check and the read.
      const file = await open(resolve(path), READ_ONLY);
      try {
        const found = await file.stat();
        // A folder opens too (read-only): say what it is, as reading it would.
        if (found.isDirectory()) throw Object.assign(new Error(`EISDIR: is a folder, ${path}`), { code: "EISDIR" });
        if (!found.isFile()) throw new FileRefused("not-regular");
        if (found.size > MAX_FILE_BYTES) throw new FileRefused("too-large", found.size);
        // One byte more than allowed: a file still growing is refused rather than cut.
        const buffer = Buffer.alloc(found.size + 1);
        let length = 0;
        for (let read = -1; read !== 0 && length < buffer.length; length += read) {
          ({ bytesRead: read } = await file.read(buffer, length, buffer.length - length, length));
        }
        if (length > MAX_FILE_BYTES) throw new FileRefused("too-large", length);
        return buffer.subarray(0, length);
      } finally {
        await file.close();
      }
    },
    stat: async (path) => {
      const found = await stat(resolve(path));
      return { kind: found.isDirectory() ? "folder" : found.isFile() ? "file" : "other", size: found.size };
    },
    listFolder: (path) => readdir(resolve(path)),
    // Synchronous: replay reads tens of thousands of small ranges one after another, and each
    // asynchronous open, read and close waits its turn in libuv's thread pool (a third of the run).
    readRange: async (path, start, length) => {
      const file = openSync(resolve(path), READ_ONLY);
      try {
        const buffer = Buffer.alloc(length);
        return buffer.subarray(0, readSync(file, buffer, 0, length, start));
      } finally {
        closeSync(file);
      }
    },
  };
}
