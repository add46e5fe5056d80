/** A half-open stretch of text: offsets `start` (included) to `end` (excluded). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A test of whether a span overlaps any of `spans`, which may overlap one another. The spans are sorted by start
 * with a running maximum of their ends, so each question is one binary search: testing every pair instead made a
 * text of many short addresses quadratic (a megabyte of "Apt. 1" took seconds, the largest allowed input hours).
 * Empty spans overlap nothing, as in `start < other.end && other.start < end`.
 */
export function overlapTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = spans
    .filter((span) => span.start < span.end)
    .sort((left, right) => left.start - right.start);
  const starts = new Float64Array(sorted.length);
  const furthestEnds = new Float64Array(sorted.length);
  let furthest = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < sorted.length; index++) {
    starts[index] = sorted[index]!.start;
    furthest = Math.max(furthest, sorted[index]!.end);
    furthestEnds[index] = furthest;
  }
  return (start, end) => {
    if (start >= end) return false;
    // The spans starting before `end` are a prefix; one of them overlaps when the furthest end among them passes
    // `start`.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthestEnds[low - 1]! > start;
  };
}
