/** Saves a URL (a data: or blob: URL) as a file with this name, through a temporary link. */
export function download(name: string, url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}
