import { rng } from '../../bench/lib/corpus';

/**
 * A sentence of ordinary words (English, Vietnamese or Arabic) drawn from the nonce, for test articles that are
 * uploaded once per run into a database that keeps earlier runs' articles (a retry, a second
 * local run). Texts that differ only by the nonce are near-duplicates of each other to the
 * ingester's MinHash, so the second upload would be held as one; words picked by a generator
 * seeded from the whole nonce make every run's word shingles its own.
 */
const WORDS = {
  en: [
    'morning river harbour ledger winter station garden bridge market lantern valley library orchard',
    'signal canvas meadow engine quarry timber compass kettle pillar ribbon saddle thunder velvet',
    'whistle anchor barrel candle feather granite hammer island jacket ladder marble needle pebble',
    'rocket shovel tunnel walnut basket cellar forest glacier helmet kernel mirror paddle silver',
    'trumpet wagon button cotton gravel pepper tablet window',
  ],
  vi: [
    'buổi sáng dòng sông bến cảng sổ sách mùa đông nhà ga khu vườn cây cầu chợ đèn lồng thung lũng',
    'thư viện vườn cây tín hiệu tấm vải đồng cỏ động cơ mỏ đá gỗ la bàn ấm nước cột trụ dải lụa',
    'yên ngựa sấm sét nhung còi mỏ neo thùng nến lông vũ đá hoa hòn đảo áo khoác cái thang',
  ],
  ar: [
    'صباح نهر ميناء دفتر شتاء محطة حديقة جسر سوق فانوس وادي مكتبة بستان إشارة قماش مرج محرك',
    'محجر خشب بوصلة إبريق عمود شريط سرج رعد مخمل صفارة مرساة برميل شمعة ريشة جرانيت مطرقة',
    'جزيرة سترة سلم رخام إبرة حصاة صاروخ مجرفة نفق جوز سلة قبو غابة خوذة مرآة فضة عربة زر',
  ],
};
const LEAD = { en: 'The notes of the meeting list', vi: 'Biên bản cuộc họp ghi', ar: 'وتذكر محاضر الاجتماع' };
const SEPARATOR = { en: ', ', vi: ', ', ar: '، ' };

export function distinctSentence(nonce: string, language: keyof typeof WORDS = 'en', count = 24): string {
  const list = WORDS[language].join(' ').split(' ');
  // FNV-1a over the whole nonce, so nonces that share a prefix still seed apart.
  let seed = 2166136261;
  for (const char of nonce) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  const random = rng(seed);
  const words = Array.from({ length: count }, () => list[Math.floor(random() * list.length)]!);
  return `${LEAD[language]} ${words.join(SEPARATOR[language])}.`;
}
