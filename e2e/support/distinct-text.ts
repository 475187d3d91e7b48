/**
 * A sentence of ordinary English words drawn from the nonce, for test articles that are
 * uploaded once per run into a database that keeps earlier runs' articles (a retry, a second
 * local run). Texts that differ only by the nonce are near-duplicates of each other to the
 * ingester's MinHash, so the second upload would be held as one; words picked by a generator
 * seeded from the whole nonce make every run's word shingles its own.
 */
const WORDS = [
  'morning river harbour ledger winter station garden bridge market lantern valley library orchard',
  'signal canvas meadow engine quarry timber compass kettle pillar ribbon saddle thunder velvet',
  'whistle anchor barrel candle feather granite hammer island jacket ladder marble needle pebble',
  'rocket shovel tunnel walnut basket cellar forest glacier helmet kernel mirror paddle silver',
  'trumpet wagon button cotton gravel pepper tablet window',
]
  .join(' ')
  .split(' ');

export function distinctSentence(nonce: string, count = 24): string {
  let seed = 2166136261;
  for (const char of nonce) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    // mulberry32: small, seeded and good enough to spread picks over the list.
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    words.push(WORDS[((t ^ (t >>> 14)) >>> 0) % WORDS.length]!);
  }
  return `The notes of the meeting list ${words.join(', ')}.`;
}
