/** Hostile names and what must come out of each: shared by the unit and the browser tests. */
export interface HostileName {
  label: string;
  raw: string;
  clean: string;
}

// NFC sorts the marks by combining class, so the four kept are the four overlays.
const zalgo = `Z${'\u0336\u0317\u0353'.repeat(13)}algo`;

export const HOSTILE_NAMES: readonly HostileName[] = [
  {
    label: 'HTML stays text',
    raw: '<img src=x onerror=alert(1)>',
    clean: '<img src=x onerror=alert(1)>',
  },
  { label: 'Arabic', raw: 'مريم', clean: 'مريم' },
  { label: 'Hebrew with digits', raw: 'דוד 2024', clean: 'דוד 2024' },
  { label: 'bidi override removed', raw: 'Bob\u202Egnp.exe', clean: 'Bobgnp.exe' },
  {
    label: 'soft hyphen, grapheme joiner, Mongolian separator',
    raw: 'A\u00ADn\u034Fn\u180E',
    clean: 'Ann',
  },
  { label: 'Hangul filler alone', raw: '\u3164', clean: 'Anonymous' },
  { label: 'family emoji kept whole', raw: '👨‍👩‍👧 Lee', clean: '👨‍👩‍👧 Lee' },
  { label: 'flags cut between flags', raw: '🇨🇳'.repeat(25), clean: '🇨🇳'.repeat(20) },
  { label: 'skin tones cut between emoji', raw: 'x👍🏽'.repeat(15), clean: `${'x👍🏽'.repeat(13)}x` },
  { label: 'Zalgo capped per letter', raw: zalgo, clean: `Z${'\u0336'.repeat(4)}algo` },
  { label: 'a formula', raw: '=HYPERLINK("http://evil")', clean: '=HYPERLINK("http://evil")' },
  { label: 'a line break', raw: 'Ann\r\nLee', clean: 'Ann Lee' },
];
