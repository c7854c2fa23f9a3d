// Saves text as a file from an extension page without the `downloads`
// permission: a Blob URL on a temporary <a download>.

export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Chromium; give it a moment.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
