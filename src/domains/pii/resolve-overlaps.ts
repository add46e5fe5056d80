import type { Detection } from "./detection.ts";

/**
 * Keeps a set of non-overlapping detections. Higher score wins, then the longer span, then the earlier
 * start, then the type name: a total order, so the result never depends on recogniser order.
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const ranked = [...detections].sort(
    (left, right) =>
      right.score - left.score ||
      right.end - right.start - (left.end - left.start) ||
      left.start - right.start ||
      (left.type < right.type ? -1 : left.type > right.type ? 1 : 0),
  );
  let length = 0;
  for (const detection of detections) length = Math.max(length, detection.end);
  // One byte per character marks what is taken: checks cost the span's length, not the number of detections.
  const taken = new Uint8Array(length);
  const kept: Detection[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start || candidate.start < 0) continue;
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((left, right) => left.start - right.start);
}
