/**
 * Share links: encode a run or a trainer's session into a `#r=` / `#s=` link, and decode and
 * verify links by replaying them. No DOM and no network; the UI renders what this returns.
 * The byte layout is in FORMAT.md.
 */
export { LinkEncodeError, TYPE_CODES } from './actionCodec';
export { FORMAT_VERSION, LINK_KINDS, MAX_BODY_BYTES, type LinkKind } from './envelope';
export { levelHash } from './levelHash';
export {
  decodeLink,
  decodeSessionLink,
  encodeResultLink,
  encodeSessionLink,
  MAX_LINK_CHARS,
  MAX_PAYLOAD_CHARS,
  type DecodeResult,
  type EncodeResult,
  type LinkForm,
  type SessionLink,
  type SessionResult,
} from './link';
export {
  ANONYMOUS,
  csvCell,
  csvRow,
  DISPLAY_GRAPHEMES,
  displayName,
  graphemes,
  isolateName,
  MAX_MARKS_PER_LETTER,
  MAX_NAME_CODE_POINTS,
  sanitizeName,
} from './names';
export {
  LANGUAGES,
  LEVER_KEYS,
  type DecodedLink,
  type Language,
  type LevelSet,
  type ResultRun,
  type SessionSpec,
} from './payload';
export {
  failureSentence,
  levelHashesSentence,
  LINK_MESSAGES,
  LINK_REASONS,
  linkFailure,
  type LinkFailure,
  type LinkFailureDetail,
  type LinkReason,
} from './reasons';
export {
  findPastedLinks,
  MAX_PASTED_LINE_CHARS,
  scanPastedText,
  type PastedLine,
  type PastedLink,
} from './pasted';
export { sessionKey } from './sessionKey';
export {
  verifyResultLink,
  verifyRun,
  type VerifiedResult,
  type VerifiedStage,
  type VerifyResult,
} from './verify';
