/**
 * Word material for the synthetic corpus (bench/corpus-generate.ts): sentence templates, a
 * Zipf-ranked topic vocabulary (its head is common, its tail rare) and a few deliberately rare
 * words per script that a benchmark can search for. Slots: {A} {B} the country pair, {C} another
 * country, {P} a person, {T} a topic word, {N} a number, {R} a known rare word.
 */

export type CorpusLang = 'en' | 'vi' | 'ar' | 'fa-AF' | 'fa-IR';

export interface LanguageMaterial {
  titles: string[];
  sentences: string[];
  /** Ranked: index 0 is the most frequent. */
  topics: string[];
  firstNames: string[];
  lastNames: string[];
  /** Words that appear in about one article in a few thousand, to search for. */
  rare: string[];
  /** The sentence that carries a rare word. */
  rareSentence: string;
  tlds: string[];
  stems: string[];
}

export const LANG_WEIGHTS: [CorpusLang, number][] = [
  ['en', 0.28],
  ['ar', 0.22],
  ['vi', 0.2],
  ['fa-AF', 0.15],
  ['fa-IR', 0.15],
];

const FA_COMMON_TOPICS = ['امنیت', 'همکاری', 'تروریسم', 'مرز', 'قاچاق', 'مذاکرات', 'تحریم', 'پناهجویان', 'انتخابات', 'اقتصاد',
  'نفت', 'گاز', 'بندر', 'راه‌آهن', 'بانک', 'سلاح', 'پهپاد', 'موشک', 'سایبری', 'اطلاعات', 'زندان', 'دادگاه', 'پلیس', 'ارتش',
  'سفارت', 'کنسولگری', 'ویزا', 'آموزش', 'سیل', 'زلزله', 'خشکسالی', 'آب', 'برق', 'گندم', 'دارو', 'بهداشت', 'واکسن', 'مهاجرت',
  'تجارت', 'گمرک', 'ترانزیت', 'فرودگاه', 'هواپیما', 'کشتی', 'دریانوردی', 'معدن', 'مس', 'لیتیوم', 'زعفران', 'انار', 'پسته',
  'فرش', 'ابریشم', 'کاروان', 'قلعه', 'کتابخانه', 'دانشگاه', 'پژوهش', 'رصدخانه', 'کبوتر', 'یوزپلنگ', 'آهو', 'شترمرغ',
  'نیلوفر', 'زمرد', 'لاجورد', 'فیروزه', 'کهربا', 'عقیق', 'یاقوت', 'مرجان', 'صدف', 'نارگیل', 'کاکائو', 'وانیل', 'دارچین',
  'میخک', 'هل', 'زنجفیل', 'زردچوبه', 'گشنیز', 'ریحان', 'نعناع', 'اسطوخودوس', 'شب‌بو', 'بنفشه', 'سنبل', 'نرگس', 'یاسمن',
  'اقاقیا', 'سپیدار', 'چنار', 'صنوبر', 'سرو', 'کاج', 'بلوط', 'افرا', 'نارون', 'بید', 'زیتون', 'انجیر', 'خرما', 'عناب'];

export const MATERIAL: Record<CorpusLang, LanguageMaterial> = {
  en: {
    titles: [
      '{A} and {B} agree to expand counterterrorism cooperation',
      '{A} and {B} hold talks on {T} and border security',
      'Officials from {A} and {B} sign memorandum on {T}',
      '{A} presses {B} over {T} as tensions rise',
      'Joint working group of {A} and {B} meets on {T}',
      '{P} visits {B} to discuss {T} with {A} delegation',
    ],
    sentences: [
      'Officials from {A} and {B} met on Tuesday to discuss intelligence sharing and border security.',
      'The two delegations agreed to set up a joint working group on the financing of armed groups.',
      'Analysts said the agreement could ease tensions that have strained relations between {A} and {B}.',
      '{P}, a senior adviser, said the talks on {T} had been frank and constructive.',
      'According to a statement, both sides would exchange lists of wanted suspects within {N} days.',
      'Observers in {C} followed the negotiations closely, fearing the effects on {T}.',
      'The ministry said {N} people had been detained in connection with the attack.',
      'A spokesman for the government of {B}, {P}, declined to comment on the reports about {T}.',
      'Security forces increased patrols along the frontier after a series of incidents involving {T}.',
      'Diplomats from {C} are expected to join the next round of talks on {T}.',
      'The agreement also covers training, equipment and the exchange of liaison officers.',
      'Critics in {A} argued that the deal did little to address {T} or the concerns of local communities.',
      'The meeting was the {N}th of its kind since the two countries restored full diplomatic ties.',
      'Earlier this year, {P} warned that cooperation on {T} would depend on progress elsewhere.',
      'Trade between {A} and {B} has grown steadily despite disputes over {T}.',
    ],
    topics: ['security', 'trade', 'terrorism', 'smuggling', 'refugees', 'sanctions', 'elections', 'energy', 'water', 'drones',
      'cybersecurity', 'extradition', 'pipelines', 'ports', 'railways', 'narcotics', 'weapons', 'airspace', 'visas', 'tariffs',
      'wheat', 'vaccines', 'fisheries', 'minerals', 'lithium', 'copper', 'satellites', 'hostages', 'pilgrims', 'textiles',
      'saffron', 'pomegranates', 'pistachios', 'carpets', 'caravans', 'observatories', 'libraries', 'archaeology', 'glaciers',
      'monsoons', 'locusts', 'cheetahs', 'flamingos', 'falconry', 'calligraphy', 'ceramics', 'lapis', 'turquoise', 'amber',
      'cardamom', 'cinnamon', 'vanilla', 'cloves', 'ginger', 'turmeric', 'coriander', 'basil', 'lavender', 'jasmine', 'tamarind',
      'sycamores', 'poplars', 'cypresses', 'junipers', 'acacias', 'tamarisks', 'mangroves', 'lagoons', 'estuaries', 'dunes',
      'oases', 'aqueducts', 'cisterns', 'windmills', 'lighthouses', 'bazaars', 'caravanserais', 'minarets', 'citadels',
      'manuscripts', 'astrolabes', 'sextants', 'telescopes', 'gazelles', 'ibexes', 'oryxes', 'bustards', 'pelicans', 'herons'],
    firstNames: ['John', 'Sarah', 'Ahmed', 'Maria', 'David', 'Fatima', 'Robert', 'Leila', 'James', 'Nadia', 'Michael', 'Omar',
      'Elena', 'Tariq', 'Laura', 'Hassan', 'Anna', 'Karim', 'Susan', 'Yusuf'],
    lastNames: ['Smith', 'Khan', 'Johnson', 'Rahman', 'Miller', 'Haddad', 'Davis', 'Siddiqui', 'Wilson', 'Karimi', 'Moore',
      'Nguyen', 'Taylor', 'Hosseini', 'Anderson', 'Qureshi', 'Thomas', 'Farouk', 'Clark', 'Nazari'],
    rare: ['zeppelin', 'quokka', 'xylophone'],
    rareSentence: 'Curiously, the briefing also mentioned a {R}, to the surprise of reporters.',
    tlds: ['com', 'org', 'net', 'co.uk', 'com.pk', 'in'],
    stems: ['daily', 'news', 'times', 'post', 'herald', 'tribune', 'dawn', 'world', 'global', 'observer', 'monitor', 'review'],
  },
  vi: {
    titles: [
      '{A} và {B} tăng cường hợp tác chống khủng bố',
      '{A} và {B} hội đàm về {T} và an ninh biên giới',
      'Quan chức {A} và {B} ký biên bản ghi nhớ về {T}',
      '{P} thăm {B}, thảo luận về {T}',
      'Nhóm công tác chung {A} - {B} họp bàn về {T}',
    ],
    sentences: [
      'Các quan chức {A} và {B} đã gặp nhau để thảo luận về chia sẻ thông tin tình báo và an ninh biên giới.',
      'Hai phái đoàn nhất trí thành lập nhóm công tác chung về ngăn chặn nguồn tài chính của các nhóm vũ trang.',
      'Giới phân tích cho rằng thỏa thuận có thể giúp cải thiện quan hệ giữa {A} và {B}.',
      'Ông {P} cho biết các cuộc thảo luận về {T} diễn ra thẳng thắn và mang tính xây dựng.',
      'Theo thông cáo, hai bên sẽ trao đổi danh sách nghi phạm bị truy nã trong vòng {N} ngày.',
      'Giới quan sát tại {C} theo dõi sát sao cuộc đàm phán vì lo ngại ảnh hưởng tới {T}.',
      'Bộ này cho biết {N} người đã bị bắt giữ liên quan đến vụ tấn công.',
      'Người phát ngôn chính phủ {B}, ông {P}, từ chối bình luận về các thông tin liên quan đến {T}.',
      'Lực lượng an ninh đã tăng cường tuần tra dọc biên giới sau hàng loạt sự cố liên quan đến {T}.',
      'Các nhà ngoại giao {C} dự kiến tham gia vòng đàm phán tiếp theo về {T}.',
      'Thỏa thuận cũng bao gồm đào tạo, trang thiết bị và trao đổi sĩ quan liên lạc.',
      'Thương mại giữa {A} và {B} tăng trưởng đều đặn bất chấp những bất đồng về {T}.',
      'Đầu năm nay, ông {P} cảnh báo rằng hợp tác về {T} phụ thuộc vào tiến triển ở các lĩnh vực khác.',
    ],
    topics: ['an ninh', 'thương mại', 'khủng bố', 'buôn lậu', 'người tị nạn', 'lệnh trừng phạt', 'bầu cử', 'năng lượng', 'nguồn nước',
      'máy bay không người lái', 'an ninh mạng', 'dẫn độ', 'đường ống', 'cảng biển', 'đường sắt', 'ma túy', 'vũ khí', 'không phận',
      'thị thực', 'thuế quan', 'lúa mì', 'vắc xin', 'thủy sản', 'khoáng sản', 'đồng', 'vệ tinh', 'con tin', 'dệt may', 'nghệ tây',
      'lựu', 'hạt dẻ cười', 'thảm', 'thư viện', 'khảo cổ', 'sông băng', 'gió mùa', 'châu chấu', 'báo săn', 'hồng hạc', 'thư pháp',
      'gốm sứ', 'ngọc lam', 'hổ phách', 'bạch đậu khấu', 'quế', 'đinh hương', 'gừng', 'nghệ', 'rau mùi', 'húng quế', 'hoa nhài',
      'me', 'rừng ngập mặn', 'đầm phá', 'cửa sông', 'cồn cát', 'ốc đảo', 'cối xay gió', 'hải đăng', 'chợ phiên', 'thành cổ',
      'bản thảo', 'kính thiên văn', 'linh dương', 'bồ nông', 'diệc', 'sếu đầu đỏ', 'voọc', 'tê tê', 'rùa biển', 'san hô'],
    firstNames: ['Nguyễn Văn', 'Trần Thị', 'Lê Văn', 'Phạm Minh', 'Hoàng Anh', 'Vũ Đức', 'Đặng Thu', 'Bùi Quang', 'Đỗ Hữu', 'Ngô Thanh'],
    lastNames: ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thảo', 'Tuấn'],
    rare: ['khuỷu', 'nghiêng', 'quỳnh'],
    rareSentence: 'Đáng chú ý, bản tin còn nhắc tới từ {R}, khiến các phóng viên bất ngờ.',
    tlds: ['vn', 'com.vn', 'net.vn', 'org.vn'],
    stems: ['bao', 'tin', 'thoi', 'dan', 'nhan', 'an', 'ninh', 'the', 'gioi', 'vov', 'vnexpress', 'tuoi', 'tre', 'moi'],
  },
  ar: {
    titles: [
      '{A} و{B} تتفقان على توسيع التعاون في مكافحة الإرهاب',
      'محادثات بين {A} و{B} حول {T} وأمن الحدود',
      'مسؤولون من {A} و{B} يوقعون مذكرة تفاهم بشأن {T}',
      '{P} يزور {B} لبحث {T}',
      'اجتماع فريق العمل المشترك بين {A} و{B} بشأن {T}',
    ],
    sentences: [
      'التقى مسؤولون من {A} و{B} لبحث تبادل المعلومات الاستخباراتية وأمن الحدود.',
      'واتفق الوفدان على تشكيل فريق عمل مشترك لمكافحة تمويل الجماعات المسلحة.',
      'وقال محللون إن الاتفاق قد يخفف التوتر في العلاقات بين {A} و{B}.',
      'وقال {P} إن المحادثات بشأن {T} كانت صريحة وبناءة.',
      'وبحسب البيان، سيتبادل الجانبان قوائم المطلوبين خلال {N} يوما.',
      'وتابع مراقبون في {C} المفاوضات عن كثب خشية تأثيرها على {T}.',
      'وأعلنت الوزارة اعتقال {N} شخصا على صلة بالهجوم.',
      'ورفض المتحدث باسم حكومة {B}، {P}، التعليق على التقارير المتعلقة بـ{T}.',
      'وكثفت قوات الأمن دورياتها على طول الحدود بعد سلسلة من الحوادث المرتبطة بـ{T}.',
      'ومن المتوقع أن ينضم دبلوماسيون من {C} إلى الجولة المقبلة من المحادثات حول {T}.',
      'ويشمل الاتفاق أيضا التدريب والمعدات وتبادل ضباط الاتصال.',
      'وقد نمت التجارة بين {A} و{B} بشكل مطرد رغم الخلافات حول {T}.',
      'وفي وقت سابق من هذا العام، حذر {P} من أن التعاون في مجال {T} سيعتمد على التقدم في ملفات أخرى.',
    ],
    topics: ['الأمن', 'التجارة', 'الإرهاب', 'التهريب', 'اللاجئين', 'العقوبات', 'الانتخابات', 'الطاقة', 'المياه', 'الطائرات المسيرة',
      'الأمن السيبراني', 'تسليم المطلوبين', 'خطوط الأنابيب', 'الموانئ', 'السكك الحديدية', 'المخدرات', 'الأسلحة', 'المجال الجوي',
      'التأشيرات', 'الرسوم الجمركية', 'القمح', 'اللقاحات', 'مصائد الأسماك', 'المعادن', 'الليثيوم', 'النحاس', 'الأقمار الصناعية',
      'الرهائن', 'الحجاج', 'المنسوجات', 'الزعفران', 'الرمان', 'الفستق', 'السجاد', 'القوافل', 'المكتبات', 'الآثار', 'الأنهار الجليدية',
      'الجراد', 'الفهود', 'طيور النحام', 'الصقارة', 'الخط العربي', 'الخزف', 'الفيروز', 'الكهرمان', 'الهيل', 'القرفة', 'الفانيليا',
      'القرنفل', 'الزنجبيل', 'الكركم', 'الكزبرة', 'الريحان', 'الخزامى', 'الياسمين', 'التمر الهندي', 'الجميز', 'الحور', 'السرو',
      'العرعر', 'الأكاسيا', 'الطرفاء', 'أشجار المانغروف', 'البحيرات', 'المصبات', 'الكثبان', 'الواحات', 'القنوات', 'الصهاريج',
      'طواحين الهواء', 'المنارات', 'الأسواق', 'الخانات', 'المآذن', 'القلاع', 'المخطوطات', 'الأسطرلاب', 'الغزلان', 'الوعول', 'المها'],
    firstNames: ['محمد', 'أحمد', 'علي', 'خالد', 'عمر', 'يوسف', 'إبراهيم', 'حسن', 'سعيد', 'عبد الله', 'فاطمة', 'ليلى', 'مريم'],
    lastNames: ['العتيبي', 'الحسيني', 'المصري', 'الشمري', 'القحطاني', 'الهاشمي', 'النعيمي', 'الدوسري', 'الزهراني', 'الخطيب', 'السعدي'],
    rare: ['قنفذ', 'زرافة', 'مزمار'],
    rareSentence: 'واللافت أن الإحاطة تطرقت أيضا إلى {R}، ما أثار استغراب الصحفيين.',
    tlds: ['com', 'net', 'ae', 'sa', 'qa', 'eg', 'iq'],
    stems: ['al', 'akhbar', 'ahram', 'sharq', 'youm', 'watan', 'hayat', 'raya', 'khaleej', 'arab', 'sabah', 'nahar', 'quds'],
  },
  'fa-AF': {
    titles: [
      '{A} و {B} همکاری در مبارزه با تروریزم را گسترش میدهند',
      'گفتگوهای {A} و {B} در مورد {T} و امنیت سرحدات',
      'مقامهای {A} و {B} تفاهمنامه {T} را امضا کردند',
      '{P} برای بحث روی {T} به {B} سفر کرد',
    ],
    sentences: [
      'مقامهای {A} و {B} در دیداری در مورد تبادل معلومات استخباراتی و امنیت سرحدات گفتگو کردند.',
      'دو هیئت توافق کردند که یک گروه کاری مشترک برای مبارزه با تمویل گروه های مسلح ایجاد کنند.',
      'آگاهان میگویند این توافق میتواند تنش ها میان {A} و {B} را کاهش دهد.',
      '{P} گفت که گفتگوها در مورد {T} صریح و سازنده بوده است.',
      'بر اساس اعلامیه، دو طرف فهرست مظنونان تحت تعقیب را در مدت {N} روز تبادله میکنند.',
      'ناظران در {C} این مذاکرات را از نزدیک دنبال میکنند و نگران اثرات آن بر {T} هستند.',
      'وزارت داخله اعلام کرد که {N} تن در پیوند به این حمله بازداشت شده اند.',
      'سخنگوی حکومت {B}، {P}، از اظهار نظر در مورد گزارش ها درباره {T} خودداری کرد.',
      'نیروهای امنیتی پس از چندین رویداد مرتبط با {T} گزمه ها را در امتداد سرحد افزایش دادند.',
      'انتظار میرود دیپلوماتهای {C} در دور بعدی گفتگوها در مورد {T} اشتراک کنند.',
      'این توافق همچنان آموزش، تجهیزات و تبادل افسران ارتباط را در بر میگیرد.',
      'تجارت میان {A} و {B} با وجود اختلافات بر سر {T} به طور پیوسته افزایش یافته است.',
      'ولایت های سرحدی از این توافق استقبال کردند و خواستار توجه بیشتر به {T} شدند.',
    ],
    topics: FA_COMMON_TOPICS,
    firstNames: ['محمد', 'احمد', 'عبدالله', 'گلبدین', 'نجیب', 'فرید', 'حمید', 'ذبیح الله', 'مریم', 'فرشته', 'شکریه'],
    lastNames: ['احمدزی', 'کرزی', 'غنی', 'مجددی', 'ربانی', 'حکمتیار', 'عطا', 'نوری', 'سلطانی', 'هراتی', 'بلخی'],
    rare: ['کوکنارزار', 'چرخ‌فلک', 'گلابتون'],
    rareSentence: 'جالب این که در این نشست از {R} نیز یاد شد که خبرنگاران را شگفت زده کرد.',
    tlds: ['af', 'com.af', 'org.af'],
    stems: ['tolo', 'pajhwok', 'ariana', 'khaama', 'hasht', 'subh', 'etilaat', 'roz', 'bakhtar', 'kabul', 'herat', 'mazar'],
  },
  'fa-IR': {
    titles: [
      '{A} و {B} همکاری در مبارزه با تروریسم را گسترش می‌دهند',
      'گفت‌وگوی {A} و {B} درباره {T} و امنیت مرزها',
      'مقامات {A} و {B} یادداشت تفاهم {T} را امضا کردند',
      'سفر {P} به {B} برای بررسی {T}',
    ],
    sentences: [
      'به گزارش خبرگزاری‌ها، مقامات {A} و {B} در دیداری درباره تبادل اطلاعات امنیتی و امنیت مرزها گفت‌وگو کردند.',
      'دو هیئت توافق کردند که یک گروه کاری مشترک برای مقابله با تأمین مالی گروه‌های مسلح تشکیل دهند.',
      'کارشناسان می‌گویند این توافق می‌تواند تنش‌ها میان {A} و {B} را کاهش دهد.',
      '{P} گفت گفت‌وگوها درباره {T} صریح و سازنده بوده است.',
      'بر اساس بیانیه، دو طرف فهرست متهمان تحت تعقیب را ظرف {N} روز مبادله می‌کنند.',
      'ناظران در {C} این مذاکرات را از نزدیک دنبال می‌کنند و نگران تأثیر آن بر {T} هستند.',
      'وزارت کشور اعلام کرد {N} نفر در ارتباط با این حمله بازداشت شده‌اند.',
      'سخنگوی دولت {B}، {P}، از اظهار نظر درباره گزارش‌های مربوط به {T} خودداری کرد.',
      'نیروهای امنیتی پس از چند حادثه مرتبط با {T} گشت‌زنی در امتداد مرز را افزایش دادند.',
      'انتظار می‌رود دیپلمات‌های {C} در دور بعدی مذاکرات درباره {T} شرکت کنند.',
      'این توافق همچنین آموزش، تجهیزات و تبادل افسران رابط را در بر می‌گیرد.',
      'تجارت میان {A} و {B} با وجود اختلاف بر سر {T} به طور پیوسته افزایش یافته است.',
      'استان‌های مرزی از این توافق استقبال کردند و خواستار توجه بیشتر به {T} شدند.',
    ],
    topics: FA_COMMON_TOPICS,
    firstNames: ['محمدجواد', 'علی', 'حسن', 'عباس', 'مهدی', 'سعید', 'زهرا', 'مریم', 'حمید', 'رضا', 'ناصر'],
    lastNames: ['ظریف', 'لاریجانی', 'عراقچی', 'روحانی', 'کنعانی', 'موسوی', 'حسینی', 'رضایی', 'جلیلی', 'قالیباف', 'ولایتی'],
    rare: ['کوکنارزار', 'چرخ‌فلک', 'گلابتون'],
    rareSentence: 'جالب این‌که در این نشست از {R} هم یاد شد که خبرنگاران را شگفت‌زده کرد.',
    tlds: ['ir', 'com', 'net'],
    stems: ['irna', 'isna', 'mehr', 'tasnim', 'fars', 'hamshahri', 'ettelaat', 'shargh', 'iran', 'keyhan', 'donya', 'eghtesad'],
  },
};

/** ISO codes the corpus talks about; the first ones are the most frequent partners. */
export const COUNTRIES = ['US', 'PK', 'AF', 'IR', 'CN', 'RU', 'IN', 'IQ', 'SA', 'TR', 'SY', 'AE', 'QA', 'EG', 'JO', 'VN', 'UZ',
  'TJ', 'TM', 'KZ', 'GB', 'FR', 'DE', 'IL', 'OM', 'KW', 'BH', 'BD', 'LK', 'MM', 'TH', 'ID', 'MY', 'PH', 'JP', 'KR', 'AU', 'CA',
  'NG', 'SO', 'KE', 'LY', 'DZ', 'MA', 'TN', 'SD', 'ET', 'LB', 'YE', 'KG'];

/** Pairs that lead the long tail, so the bench's PK-US filter is a busy one. */
export const LEADING_PAIRS = ['PK-US', 'AF-PK', 'IR-PK', 'CN-PK', 'RU-US', 'IN-US', 'IQ-US', 'SA-US', 'AF-US', 'IN-PK', 'CN-US',
  'IR-IQ', 'AF-IR', 'CN-VN', 'US-VN', 'RU-VN', 'SA-YE', 'SY-TR', 'IL-LB', 'AE-SA'];
