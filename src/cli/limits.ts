import { CLI_TEXT, type RefusalReason } from "./messages";

/** The most the command reads as one file or one message: hostile input must not cost gigabytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A file refused before it was parsed: a device, FIFO or socket, or over MAX_FILE_BYTES. */
export class FileRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly size?: number,
  ) {
    super(CLI_TEXT.en.refused(reason, size, MAX_FILE_BYTES));
  }
}
