/**
 * Labels that news pages print just before a date, per language, and what they say about it.
 * Matched case-insensitively on folded text (أ -> ا, ي -> ی…), and a ZWNJ matches a space or
 * nothing, so each label is listed once in its usual spelling. A label may be followed by a
 * connecting word ("Published on", "Đăng lúc", "نشر في") and a colon; those are listed apart.
 */

export type DateLabel = 'published' | 'updated';

export type LabelLanguage = 'en' | 'vi' | 'ar' | 'fa' | 'ur';

export const PUBLISHED_LABELS: Record<LabelLanguage, readonly string[]> = {
  en: ['Published', 'First published', 'Posted', 'Date published', 'Publication date', 'Released'],
  vi: ['Đăng', 'Ngày đăng', 'Đăng ngày', 'Thời gian đăng', 'Xuất bản', 'Ngày xuất bản', 'Đăng tải', 'Phát hành'],
  ar: ['نشر', 'نشر في', 'تاريخ النشر', 'وقت النشر', 'منشور', 'نشرت', 'تم النشر', 'تاريخ الإضافة', 'أضيف'],
  fa: ['تاریخ انتشار', 'زمان انتشار', 'انتشار', 'منتشر شده', 'تاریخ نشر', 'نشر شده', 'نشر', 'تاریخ ارسال', 'ارسال شده'],
  ur: ['شائع', 'شائع شدہ', 'شائع ہوا', 'تاریخ اشاعت', 'اشاعت', 'پوسٹ'],
};

export const UPDATED_LABELS: Record<LabelLanguage, readonly string[]> = {
  en: ['Updated', 'Last updated', 'Last modified', 'Modified', 'Last edited', 'Edited', 'Revised'],
  vi: ['Cập nhật', 'Cập nhật lần cuối', 'Ngày cập nhật', 'Sửa', 'Sửa lúc', 'Chỉnh sửa'],
  ar: ['تحديث', 'آخر تحديث', 'تم التحديث', 'محدث', 'تاريخ التحديث', 'آخر تعديل', 'تعديل'],
  fa: [
    'به‌روزرسانی',
    'بروزرسانی',
    'آخرین به‌روزرسانی',
    'آخرین بروزرسانی',
    'به‌روز شده',
    'بروز شده',
    'به‌روز',
    'ویرایش',
    'آخرین ویرایش',
    'تاریخ ویرایش',
  ],
  ur: ['اپ ڈیٹ', 'اپڈیٹ', 'آخری اپ ڈیٹ', 'اپ ڈیٹ شدہ', 'تازہ کاری'],
};

/** Words that join a label to its date: "Posted at", "Cập nhật lúc", "نشر بتاريخ", "منتشر شده در". */
export const LABEL_CONNECTORS: Record<LabelLanguage, readonly string[]> = {
  en: ['on', 'at'],
  vi: ['lúc', 'vào', 'vào lúc'],
  ar: ['في', 'بتاريخ', 'يوم'],
  fa: ['در', 'در تاریخ'],
  ur: ['بتاریخ', 'کو'],
};
