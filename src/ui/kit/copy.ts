/**
 * Copies a link. The Clipboard API needs a secure context and permission; when it is missing or
 * refused, the text is selected in its field so the player can copy it by hand. Resolves whether
 * the copy happened.
 */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
