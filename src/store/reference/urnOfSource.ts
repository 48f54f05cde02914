/** The Ofsted URN that starts a corpus file name (`…/80475_hertfordshire__10-march-2023.pdf` → 80475). */
export function urnOfSource(source: string): number | null {
  const match = /(?:^|[\\/])(\d{5,8})_[^\\/]*$/.exec(source);
  return match ? Number(match[1]) : null;
}
