import type { Detection } from "./detection.ts";
import { byRank } from "./resolve-overlaps.ts";

/**
 * Between two detections of one type, one inside the other, a small difference in score is no reason to keep
 * the shorter. An address block "45818 P.O. Box 242\n Suite 787\n Kangerlussuaq" (0.75) holds the post-office
 * box "P.O. Box 242" (0.8): overlap resolution would keep the box and leave the unit and the town in the clear.
 * So a container takes the score of the surest detection of its type it holds when that one is at most
 * `NEAR_TIE` surer. A wider gap means the container's own extent is doubtful (a clause after "my address is"
 * that runs on to the end of the sentence, 0.6, holding a street address, 0.95) and it stays below.
 *
 * Scores are read as reported, so the result does not depend on the order detections come in. Replaces lifted
 * detections in place, by new objects whose reason says what they hold.
 */
export function liftContainers(detections: Detection[]): void {
  if (detections.length < 2) return;
  if (detections.length <= PAIRWISE_AT_MOST) liftPairwise(detections);
  else liftSorted(detections);
}

export const NEAR_TIE = 0.1;

/** Up to this many detections every pair is compared: cheaper than sorting for a sentence's handful. */
const PAIRWISE_AT_MOST = 24;

/** Whether `held` may lift `container`: of its type, a valid span inside it and shorter, surer by a near tie. */
function lifts(container: Detection, held: Detection): boolean {
  return (
    held.type === container.type &&
    held.score > container.score &&
    held.score - container.score <= NEAR_TIE &&
    held.end > held.start &&
    held.start >= container.start &&
    held.end <= container.end &&
    held.end - held.start < container.end - container.start
  );
}

/**
 * Whether `candidate` is a surer held detection than `current`: first in overlap resolution's order (`byRank`;
 * held detections share the container's type), then by reason, so the choice does not depend on order.
 */
function surer(candidate: Detection, current: Detection | undefined): boolean {
  if (current === undefined) return true;
  const order = byRank(candidate, current);
  return order < 0 || (order === 0 && candidate.reason < current.reason);
}

function lifted(container: Detection, surest: Detection): Detection {
  return { ...container, score: surest.score, reason: `${container.reason}; holds ${surest.reason}` };
}

function liftPairwise(detections: Detection[]): void {
  // Lifts are applied after the loop, so every container is compared with the scores as reported.
  let liftsFound: [number, Detection][] | undefined;
  for (let index = 0; index < detections.length; index++) {
    const container = detections[index]!;
    let surest: Detection | undefined;
    for (const held of detections) if (lifts(container, held) && surer(held, surest)) surest = held;
    if (surest === undefined) continue;
    liftsFound ??= [];
    liftsFound.push([index, lifted(container, surest)]);
  }
  if (liftsFound !== undefined) for (const [index, detection] of liftsFound) detections[index] = detection;
}

/**
 * Many detections (a long text): in order of start, each container compares only the detections that start
 * inside it, which spans of bounded length keep to a few.
 */
function liftSorted(detections: Detection[]): void {
  const original = detections.slice();
  const order = original.map((_, index) => index);
  order.sort((left, right) => original[left]!.start - original[right]!.start);
  for (let position = 0; position < order.length; position++) {
    const index = order[position]!;
    const container = original[index]!;
    // Detections that start where the container does may come before it in this order: step back over them.
    let first = position;
    while (first > 0 && original[order[first - 1]!]!.start === container.start) first--;
    let surest: Detection | undefined;
    for (let next = first; next < order.length; next++) {
      const held = original[order[next]!]!;
      if (held.start >= container.end) break;
      if (lifts(container, held) && surer(held, surest)) surest = held;
    }
    if (surest !== undefined) detections[index] = lifted(container, surest);
  }
}

/** Both paths, for the tests that hold them to the plain rule. */
export const testHooks = { liftPairwise, liftSorted };
