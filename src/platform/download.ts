/** Offers text as a file download, from the page alone (no server, works when storage does not). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers fetch the blob after the click returns: keep the URL alive for a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
