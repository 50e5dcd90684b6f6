import type { IncomingMessage, ServerResponse } from "node:http";

export function createStaticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void;
export function contentTypeOf(file: string): string;
