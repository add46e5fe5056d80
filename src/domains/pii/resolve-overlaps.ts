import type { Detection } from "./detection.ts";

/** Overlap resolution's order: higher score, then longer span, then earlier start, then type name. */
export function byRank(left: Detection, right: Detection): number {
  return (
    right.score - left.score ||
    right.end - right.start - (left.end - left.start) ||
    left.start - right.start ||
    (left.type < right.type ? -1 : left.type > right.type ? 1 : 0)
  );
}

/** Reused mark buffer for large clusters (grown on demand, cleared after use). */
let taken = new Uint8Array(0);

/**
 * The rule for a large cluster, in `byRank` order: one mark per character of the cluster's stretch of text, so
 * each check costs the span's length, where inserting into a sorted list could cost the list's.
 */
function resolveByMarks(ranked: readonly Detection[]): Detection[] {
  let from = ranked[0]!.start;
  let to = 0;
  for (const detection of ranked) {
    if (detection.start < from) from = detection.start;
    if (detection.end > to) to = detection.end;
  }
  if (taken.length < to - from) taken = new Uint8Array(Math.max(to - from, taken.length * 2));
  const kept: Detection[] = [];
  for (const candidate of ranked) {
    const start = candidate.start - from;
    const end = candidate.end - from;
    let free = true;
    for (let index = start; index < end; index++) {
      if (taken[index] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, start, end);
    kept.push(candidate);
  }
  taken.fill(0, 0, to - from);
  return kept.sort(byPosition);
}

/** By start, then end: the order the clusters are found in. */
function byPosition(left: Detection, right: Detection): number {
  return left.start - right.start || left.end - right.end;
}

/**
 * Many detections (a long text): resolved cluster by cluster. A detection can only lose to one it overlaps, so
 * the rule's outcome inside a run of detections chained by overlaps does not depend on anything outside it; on a
 * long text most such runs are one detection or a few, and ranking a few is cheaper than ranking them all.
 */
function resolveMany(detections: readonly Detection[]): Detection[] {
  // Stable, as the ranking is: equal detections keep the order they were reported in.
  const positioned = detections.filter(
    (detection) => detection.end > detection.start && detection.start >= 0,
  );
  positioned.sort(byPosition);
  const kept: Detection[] = [];
  let clusterStart = 0;
  let clusterEnd = -1;
  for (let index = 0; index <= positioned.length; index++) {
    const detection = positioned[index];
    if (detection !== undefined && detection.start < clusterEnd) {
      if (detection.end > clusterEnd) clusterEnd = detection.end;
      continue;
    }
    if (index - clusterStart === 1) kept.push(positioned[clusterStart]!);
    else if (index > clusterStart) {
      const cluster = positioned.slice(clusterStart, index);
      const resolved =
        cluster.length > 64 ? resolveByMarks(cluster.sort(byRank)) : resolveRanked(rankedCopy(cluster));
      for (const detection of resolved) kept.push(detection);
    }
    if (detection === undefined) break;
    clusterStart = index;
    clusterEnd = detection.end;
  }
  return kept;
}

/**
 * Keeps a set of non-overlapping detections. Higher score wins, then the longer span, then the earlier
 * start, then the type name: a total order, so the result never depends on recogniser order.
 * Cost O(n log n) in the number of detections, plus moves on insertion in a small cluster and the spans' lengths
 * in a large one.
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  if (detections.length === 0) return [];
  if (detections.length === 1) {
    const only = detections[0]!;
    return only.end > only.start && only.start >= 0 ? [only] : [];
  }
  if (detections.length > 64) return resolveMany(detections);
  return resolveRanked(rankedCopy(detections));
}

/** The rule applied to detections in `byRank` order; the kept ones come out in text order. */
function resolveRanked(ranked: readonly Detection[]): Detection[] {
  // Kept spans, sorted by start and pairwise disjoint: a candidate overlaps one of them only if it overlaps
  // the last kept span starting before its end.
  const kept: Detection[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start || candidate.start < 0) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (kept[middle]!.start < candidate.end) low = middle + 1;
      else high = middle;
    }
    // kept[low - 1] is the last kept span starting before the candidate ends.
    if (low > 0 && kept[low - 1]!.end > candidate.start) continue;
    insertAt(kept, low, candidate);
  }
  return kept;
}

/** Up to this many detections are ranked by insertion: for a sentence's handful the sort built-in costs more. */
const INSERTION_RANKED_AT_MOST = 16;

/** A copy of `detections` in `byRank` order, detections of equal rank in their order (as the stable sort keeps them). */
function rankedCopy(detections: readonly Detection[]): Detection[] {
  if (detections.length > INSERTION_RANKED_AT_MOST) return detections.slice().sort(byRank);
  const ranked: Detection[] = [];
  for (const detection of detections) {
    let index = ranked.length;
    while (index > 0 && byRank(ranked[index - 1]!, detection) > 0) index--;
    insertAt(ranked, index, detection);
  }
  return ranked;
}

/** `list.splice(index, 0, item)` for a short list, without the call into the built-in. */
function insertAt<T>(list: T[], index: number, item: T): void {
  list.push(item);
  for (let moved = list.length - 1; moved > index; moved--) list[moved] = list[moved - 1]!;
  list[index] = item;
}

/** The first detection ending after `position` (detections sorted by start and disjoint), by binary search. */
export function firstEndingAfter(detections: readonly Detection[], position: number): Detection | undefined {
  let low = 0;
  let high = detections.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (detections[middle]!.end <= position) low = middle + 1;
    else high = middle;
  }
  return detections[low];
}
