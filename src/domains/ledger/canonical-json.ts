import { createRequire } from "node:module";

// The canonicalize package (RFC 8785 reference implementation by its author) is CommonJS and its type
// declaration claims an ES default export; loading it through require gives the real function.
const require = createRequire(import.meta.url);
const canonicalize = require("canonicalize") as (input: unknown) => string | undefined;

/** RFC 8785 (JSON Canonicalization Scheme) encoding. */
export function canonicalJson(value: unknown): string {
  const encoded = canonicalize(value);
  if (encoded === undefined) throw new TypeError("value cannot be encoded as canonical JSON");
  return encoded;
}
