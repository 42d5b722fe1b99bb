import type { Level } from '../sim';
import type { ClearProgress } from '../sim/classMarket';
import {
  clearClassFromLinks,
  readHandIns,
  type ClassClearingResult,
  type ClearOptions,
} from '../share/roundClass';
import { decodeClassLink } from '../share/roundLinks';
import { attributeHandIns, type SeatAttribution } from './marketSheets';

/** A clearing with what the printed sheets need: the same on the page and in the worker. */
export interface ClearedMarket {
  result: ClassClearingResult;
  attributions: SeatAttribution[];
}

export function clearAndWeigh(
  job: { classLink: string; lines: readonly string[]; options: ClearOptions },
  base: Level,
  onProgress: (progress: ClearProgress) => void,
): ClearedMarket {
  const result = clearClassFromLinks(job.classLink, job.lines, base, job.options, onProgress);
  if (!result.ok) return { result, attributions: [] };
  const klass = decodeClassLink(job.classLink, base);
  const read = klass.ok ? readHandIns(job.lines, klass.link.spec, base) : null;
  const handIns = read?.ok ? read.handIns : [];
  return { result, attributions: attributeHandIns(result.clearing, base, handIns) };
}
