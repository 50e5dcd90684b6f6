import type { FetchResponseLike } from "../../src/office/fetch";

/** A 200 response with `body` and a Content-Type, as a host serving dist/ answers. */
export const respond = (body: string, type = "text/plain"): FetchResponseLike => ({
  ok: true,
  status: 200,
  headers: { get: (name) => (name.toLowerCase() === "content-type" ? type : null) },
  text: () => Promise.resolve(body),
});
