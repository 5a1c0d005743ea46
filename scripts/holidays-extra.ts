// Hand-written public holidays of the populous countries that date-holidays does not cover, read only by
// scripts/generate-holidays.ts (the extension ships the generated table). Dates are facts taken from the sources
// named per country; names and notes are our own. How each kind of date becomes a day:
// - `rule`: a date-holidays rule ('05-01', '1 Shawwal', '26 Bahman', 'korean 8-0-15', 'orthodox'), run by its engine.
//   Islamic and Korean lunisolar rules are marked approximate by the generator (the moon sighting decides);
//   Gregorian, Persian solar (exact by arithmetic) and Easter rules are exact.
// - `bikramSambat`: a fixed Bikram Sambat month (1 = Baisakh) and day, converted by nepali-date-converter.
// - `myanmar`: a Myanmar-calendar month and day (15 = full moon, 16–30 waning), computed by myanmar-calendar;
//   always approximate, as the government's notice may differ from the computation by a day.
// - `thingyan`: Myanmar's water festival or New Year's Day from the Thingyan computation; approximate, as the
//   government sets the span of days off each year.
// - `lunar`: a Hindu lunisolar (amanta) month and tithi, kept at sunrise or another moment of the day, computed from
//   astronomy in scripts/holidays-lunar.ts (`plusDays` counts days after it); always approximate.
// - `between`: the days strictly between two other holidays of the country (the first on or after the second's
//   date) that have no holiday of their own, as notices give Dashain and Tihar as one span of days off.
import type { MyanmarMonth } from './holidays-calendars';
import type { LunarMonth, ObservanceTime } from './holidays-lunar';

export type ExtraDate =
  | { rule: string }
  | { bikramSambat: readonly [month: number, day: number] }
  | { myanmar: readonly [month: MyanmarMonth, day: number] }
  | { thingyan: 'festival' | 'new-year' }
  | { lunar: readonly [month: LunarMonth, tithi: number]; at?: ObservanceTime; plusDays?: number }
  | { between: readonly [from: string, to: string] };

export interface ExtraHoliday {
  date: ExtraDate;
  /** Consecutive days off from the date (default 1). */
  days?: number;
  /** English name. */
  name: string;
  /** Names in the country's languages (Afghanistan: Dari, then Pashto), joined with ' / ' in the table. */
  localNames: readonly string[];
}

export interface ExtraCountry {
  /** IANA zone of the capital, in which date-holidays places the days. */
  timeZone: string;
  /** Where the list comes from (a law, a decree or a government notice, or a named summary of them). */
  source: string;
  /** How the source was read, and what is left out and why. */
  note: string;
  /**
   * What kind of days are left out, said on the Customer card: `announced`, days the government sets or adds each
   * year (every country here has some).
   */
  gaps: 'announced';
  holidays: readonly ExtraHoliday[];
}

const rule = (value: string) => ({ rule: value });

export const EXTRA_HOLIDAYS: Readonly<Record<string, ExtraCountry>> = {
  AF: {
    source: "Wikipedia, 'Public holidays in Afghanistan' (holidays of the de-facto government, Islamic Emirate of Afghanistan)",
    gaps: 'announced',
    timeZone: 'Asia/Kabul',
    note:
      'The holidays are set in the Solar Hijri calendar; date-holidays names its months the Iranian way (26 Dalv = 26 Bahman, 8 Saur = 8 Ordibehesht, 24 and 28 Asad = 24 and 28 Mordad). ' +
      'Left out: Nowruz (1 Hamal), no longer an official holiday since 2022 though widely celebrated; Ashura, the first day of Ramadan and 31 August (withdrawal of US forces), whose status as days off is unclear.',
    holidays: [
      { date: rule('26 Bahman'), name: 'Liberation Day (Soviet withdrawal)', localNames: ['روز آزادی', 'د آزادۍ ورځ'] },
      { date: rule('8 Ordibehesht'), name: 'Victory of the Mujahideen', localNames: ['روز پیروزی مجاهدین', 'د مجاهدینو د بریا ورځ'] },
      { date: rule('24 Mordad'), name: 'Victory Day (anniversary of 15 August 2021)', localNames: ['سالروز پیروزی', 'د بریا کلیزه'] },
      { date: rule('28 Mordad'), name: 'Independence Day', localNames: ['روز استقلال', 'د خپلواکۍ ورځ'] },
      { date: rule('1 Shawwal'), days: 3, name: 'Eid al-Fitr', localNames: ['عید فطر', 'کوچنی اختر'] },
      { date: rule('9 Dhu al-Hijjah'), name: 'Day of Arafah', localNames: ['روز عرفه', 'د عرفې ورځ'] },
      { date: rule('10 Dhu al-Hijjah'), days: 3, name: 'Eid al-Adha', localNames: ['عید قربان', 'لوی اختر'] },
      { date: rule('12 Rabi al-awwal'), name: "Prophet's Birthday", localNames: ['میلاد النبی', 'د پیغمبر د زوکړې ورځ'] },
    ],
  },
  IQ: {
    source: 'Iraq, Official Holidays Law No. 12 of 2024, Al-Waqai al-Iraqiya (official gazette)',
    gaps: 'announced',
    timeZone: 'Asia/Baghdad',
    note:
      'The law (قانون العطل الرسمية) is in force since 27 May 2024; listed are its holidays for everyone. ' +
      'Left out: the days the law gives only to Christians, Sabians and Yazidis; days the Council of Ministers declares year by year (14 July, 3 October, 10 December, Christmas for all); the Kurdistan Region’s own holidays.',
    holidays: [
      { date: rule('01-01'), name: "New Year's Day", localNames: ['رأس السنة الميلادية'] },
      { date: rule('01-06'), name: 'Army Day', localNames: ['عيد الجيش العراقي'] },
      { date: rule('03-16'), name: 'Remembrance of the Baath regime’s crimes', localNames: ['ذكرى جرائم النظام البعثي'] },
      { date: rule('03-21'), name: 'Nowruz', localNames: ['عيد نوروز'] },
      { date: rule('05-01'), name: 'Labour Day', localNames: ['عيد العمال العالمي'] },
      { date: rule('1 Muharram'), name: 'Islamic New Year', localNames: ['رأس السنة الهجرية'] },
      { date: rule('10 Muharram'), name: 'Ashura', localNames: ['عاشوراء'] },
      { date: rule('12 Rabi al-awwal'), name: "Prophet's Birthday", localNames: ['المولد النبوي الشريف'] },
      { date: rule('1 Shawwal'), days: 3, name: 'Eid al-Fitr', localNames: ['عيد الفطر'] },
      { date: rule('10 Dhu al-Hijjah'), days: 4, name: 'Eid al-Adha', localNames: ['عيد الأضحى'] },
      { date: rule('18 Dhu al-Hijjah'), name: 'Eid al-Ghadir', localNames: ['عيد الغدير'] },
    ],
  },
  KP: {
    source: "Wikipedia, 'Public holidays in North Korea'",
    gaps: 'announced',
    timeZone: 'Asia/Pyongyang',
    note:
      'No law text is published abroad; Lunar New Year and Chuseok follow the Korean lunisolar calendar. ' +
      'Left out: the second days sometimes given after the leaders’ birthdays, and the lesser or newer days (Daeboreum, Hansik, Dano, Tree Planting Day, Generalissimo Day) whose status as days off is unclear.',
    holidays: [
      { date: rule('01-01'), name: "New Year's Day", localNames: ['양력설'] },
      { date: rule('korean 1-0-1'), name: 'Lunar New Year', localNames: ['음력설'] },
      { date: rule('02-16'), name: 'Day of the Shining Star (Kim Jong Il’s birthday)', localNames: ['광명성절'] },
      { date: rule('03-08'), name: "International Women's Day", localNames: ['국제부녀절'] },
      { date: rule('04-15'), name: 'Day of the Sun (Kim Il Sung’s birthday)', localNames: ['태양절'] },
      { date: rule('04-25'), name: 'Founding of the Korean People’s Revolutionary Army', localNames: ['조선인민혁명군 창건일'] },
      { date: rule('05-01'), name: 'May Day', localNames: ['국제로동자절'] },
      { date: rule('07-27'), name: 'Victory Day', localNames: ['전승절'] },
      { date: rule('08-15'), name: 'Liberation Day', localNames: ['조국해방의 날'] },
      { date: rule('korean 8-0-15'), name: 'Chuseok', localNames: ['추석'] },
      { date: rule('09-09'), name: 'Foundation of the Republic', localNames: ['공화국창건일'] },
      { date: rule('10-10'), name: 'Party Foundation Day', localNames: ['당창건기념일'] },
      { date: rule('12-27'), name: 'Socialist Constitution Day', localNames: ['사회주의헌법절'] },
    ],
  },
  MM: {
    source: "Myanmar government's yearly public holiday notice, as listed by Wikipedia, 'Public holidays in Myanmar'",
    gaps: 'announced',
    timeZone: 'Asia/Yangon',
    note:
      "Myanmar-calendar dates are computed with Yan Naing Aye's published algorithm (myanmar-calendar package), Thingyan from Akyo to Atat. " +
      'Left out: Eid al-Adha and Deepavali, and the extra days around Thingyan, Thadingyut and Tazaungmone, which the government sets each year.',
    holidays: [
      { date: rule('01-04'), name: 'Independence Day', localNames: ['လွတ်လပ်ရေးနေ့'] },
      { date: rule('02-12'), name: 'Union Day', localNames: ['ပြည်ထောင်စုနေ့'] },
      { date: rule('03-02'), name: "Peasants' Day", localNames: ['တောင်သူလယ်သမားနေ့'] },
      { date: { myanmar: ['Tabaung', 15] }, name: 'Full Moon Day of Tabaung', localNames: ['တပေါင်းလပြည့်နေ့'] },
      { date: rule('03-27'), name: 'Armed Forces Day', localNames: ['တပ်မတော်နေ့'] },
      { date: { thingyan: 'festival' }, name: 'Thingyan', localNames: ['သင်္ကြန်'] },
      { date: { thingyan: 'new-year' }, name: 'Myanmar New Year', localNames: ['နှစ်ဆန်းတစ်ရက်နေ့'] },
      { date: rule('05-01'), name: 'Labour Day', localNames: ['အလုပ်သမားနေ့'] },
      { date: { myanmar: ['Kason', 15] }, name: 'Full Moon Day of Kasone (Buddha Day)', localNames: ['ကဆုန်လပြည့်နေ့'] },
      { date: { myanmar: ['Waso', 15] }, name: 'Full Moon Day of Waso (start of Buddhist Lent)', localNames: ['ဝါဆိုလပြည့်နေ့'] },
      { date: rule('07-19'), name: "Martyrs' Day", localNames: ['အာဇာနည်နေ့'] },
      { date: { myanmar: ['Thadingyut', 15] }, name: 'Full Moon Day of Thadingyut (end of Buddhist Lent)', localNames: ['သီတင်းကျွတ်လပြည့်နေ့'] },
      { date: { myanmar: ['Tazaungmon', 15] }, name: 'Full Moon Day of Tazaungmone', localNames: ['တန်ဆောင်မုန်းလပြည့်နေ့'] },
      { date: { myanmar: ['Tazaungmon', 25] }, name: 'National Day', localNames: ['အမျိုးသားနေ့'] },
      { date: { myanmar: ['Pyatho', 1] }, name: 'Kayin New Year', localNames: ['ကရင်နှစ်သစ်ကူးနေ့'] },
      { date: rule('12-25'), name: 'Christmas Day', localNames: ['ခရစ္စမတ်နေ့'] },
    ],
  },
  NP: {
    source: 'Government of Nepal, Ministry of Home Affairs, yearly public holiday notice in the Nepal Gazette (Nepal Rajpatra); lunar festival days computed by us with the rules of Nepal’s almanac',
    gaps: 'announced',
    timeZone: 'Asia/Kathmandu',
    note:
      'Listed are the nationwide holidays on fixed Bikram Sambat dates (converted with nepali-date-converter) or Gregorian ones, and the Hindu and Buddhist lunar festivals of the notice, computed from astronomy in scripts/holidays-lunar.ts (amanta months, Lahiri ayanamsa, the tithi at sunrise in Kathmandu or at the time of day the festival is kept) and marked approximate, as the almanac committee may set a festival a day apart. ' +
      'Dashain is given from Fulpati to the two days after Vijaya Dashami and Tihar from Laxmi Puja to Bhai Tika, as the notices of 2022–2025 gave them; Fagu Purnima (Holi) is the hill districts’ day, the Terai districts keep it the next day. ' +
      'Left out: days the government adds in some years (such as the day after Bhai Tika); Sonam and Gyalpo Lhosar, which follow the Tibetan calendar; holidays of the Kathmandu Valley only (Ghode Jatra, Indra Jatra), of one community or region, or for women only (Teej).',
    holidays: [
      { date: { bikramSambat: [1, 1] }, name: 'Nepali New Year', localNames: ['नयाँ वर्ष'] },
      { date: rule('05-01'), name: 'International Labour Day', localNames: ['अन्तर्राष्ट्रिय श्रमिक दिवस'] },
      { date: { bikramSambat: [2, 15] }, name: 'Republic Day', localNames: ['गणतन्त्र दिवस'] },
      { date: { bikramSambat: [6, 3] }, name: 'Constitution Day', localNames: ['संविधान दिवस'] },
      { date: rule('12-25'), name: 'Christmas Day', localNames: ['क्रिसमस'] },
      { date: { bikramSambat: [9, 15] }, name: 'Tamu Lhosar', localNames: ['तमु ल्होसार'] },
      { date: { bikramSambat: [9, 27] }, name: 'Prithvi Jayanti (National Unity Day)', localNames: ['पृथ्वी जयन्ती'] },
      { date: { bikramSambat: [10, 1] }, name: 'Maghe Sankranti', localNames: ['माघे सङ्क्रान्ति'] },
      { date: { bikramSambat: [11, 7] }, name: 'Democracy Day', localNames: ['प्रजातन्त्र दिवस'] },
      // Amanta Magh krishna chaturdashi (Falgun krishna in Nepal's purnimanta naming), kept in the night.
      { date: { lunar: ['Magh', 29], at: 'nishita' }, name: 'Maha Shivaratri', localNames: ['महाशिवरात्रि'] },
      // Holika is burnt on the evening the full moon holds; the hill districts' day off.
      { date: { lunar: ['Falgun', 15], at: 'pradosh' }, name: 'Fagu Purnima (Holi, hill districts)', localNames: ['फागु पूर्णिमा'] },
      { date: { lunar: ['Vaishakh', 15] }, name: 'Buddha Jayanti', localNames: ['बुद्ध जयन्ती'] },
      { date: { lunar: ['Shrawan', 15] }, name: 'Janai Purnima (Raksha Bandhan)', localNames: ['जनैपूर्णिमा'] },
      // Amanta Shrawan krishna ashtami (Bhadra krishna in purnimanta naming).
      { date: { lunar: ['Shrawan', 23] }, name: 'Krishna Janmashtami', localNames: ['श्रीकृष्ण जन्माष्टमी'] },
      { date: { lunar: ['Ashwin', 1] }, name: 'Ghatasthapana', localNames: ['घटस्थापना'] },
      { date: { lunar: ['Ashwin', 7] }, name: 'Fulpati', localNames: ['फूलपाती'] },
      { date: { lunar: ['Ashwin', 8] }, name: 'Maha Ashtami', localNames: ['महाअष्टमी'] },
      { date: { lunar: ['Ashwin', 9], at: 'aparahna' }, name: 'Maha Navami', localNames: ['महानवमी'] },
      { date: { lunar: ['Ashwin', 10], at: 'aparahna' }, name: 'Vijaya Dashami', localNames: ['विजया दशमी'] },
      { date: { lunar: ['Ashwin', 10], at: 'aparahna', plusDays: 1 }, name: 'Ekadashi (Dashain)', localNames: ['एकादशी'] },
      { date: { lunar: ['Ashwin', 10], at: 'aparahna', plusDays: 2 }, name: 'Dwadashi (Dashain)', localNames: ['द्वादशी'] },
      { date: { between: ['Fulpati', 'Vijaya Dashami'] }, name: 'Dashain holiday', localNames: ['दशैं बिदा'] },
      // The new moon that ends amanta Ashwin (Kartik krishna amavasya in purnimanta naming), worshipped in the evening.
      { date: { lunar: ['Ashwin', 30], at: 'pradosh' }, name: 'Laxmi Puja', localNames: ['लक्ष्मीपूजा'] },
      { date: { lunar: ['Kartik', 1] }, name: 'Govardhan Puja (Mha Puja)', localNames: ['गोवर्धन पूजा, म्हपूजा'] },
      { date: { lunar: ['Kartik', 2] }, name: 'Bhai Tika', localNames: ['भाइटीका'] },
      { date: { between: ['Laxmi Puja', 'Bhai Tika'] }, name: 'Tihar holiday', localNames: ['तिहार बिदा'] },
      { date: { lunar: ['Kartik', 6] }, name: 'Chhath', localNames: ['छठ पर्व'] },
      // Dhanya Purnima: Udhauli of the Kirat communities and Yomari Punhi, a nationwide day off.
      { date: { lunar: ['Mangsir', 15] }, name: 'Udhauli and Yomari Punhi', localNames: ['उधौली, योमरी पुन्ही'] },
      { date: rule('1 Shawwal'), name: 'Eid al-Fitr', localNames: ['ईद'] },
      { date: rule('10 Dhu al-Hijjah'), name: 'Eid al-Adha (Bakr Eid)', localNames: ['बकर ईद'] },
    ],
  },
  SY: {
    source: 'Syria, Presidential Decree No. 188 of 2025 on official holidays, published by SANA',
    gaps: 'announced',
    timeZone: 'Asia/Damascus',
    note:
      'The decree (5 October 2025) dropped 8 March, Teachers’ Day, Martyrs’ Day (6 May) and 6 October. ' +
      'Eid al-Adha is taken as its four days from 10 Dhu al-Hijjah; the government announces the exact days.',
    holidays: [
      { date: rule('01-01'), name: "New Year's Day", localNames: ['رأس السنة الميلادية'] },
      { date: rule('03-18'), name: 'Syrian Revolution Day', localNames: ['عيد الثورة السورية'] },
      { date: rule('03-21'), name: "Mother's Day", localNames: ['عيد الأم'] },
      { date: rule('04-17'), name: 'Evacuation Day', localNames: ['عيد الجلاء'] },
      { date: rule('easter'), name: 'Easter (Western churches)', localNames: ['عيد الفصح لدى الطوائف الغربية'] },
      { date: rule('orthodox'), name: 'Easter (Eastern churches)', localNames: ['عيد الفصح لدى الطوائف الشرقية'] },
      { date: rule('05-01'), name: 'Labour Day', localNames: ['عيد العمال'] },
      { date: rule('12-08'), name: 'Liberation Day', localNames: ['عيد التحرير'] },
      { date: rule('12-25'), name: 'Christmas Day', localNames: ['عيد الميلاد المجيد'] },
      { date: rule('1 Muharram'), name: 'Islamic New Year', localNames: ['رأس السنة الهجرية'] },
      { date: rule('12 Rabi al-awwal'), name: "Prophet's Birthday", localNames: ['المولد النبوي الشريف'] },
      { date: rule('1 Shawwal'), days: 3, name: 'Eid al-Fitr', localNames: ['عيد الفطر'] },
      { date: rule('10 Dhu al-Hijjah'), days: 4, name: 'Eid al-Adha', localNames: ['عيد الأضحى'] },
    ],
  },
  YE: {
    source: 'Yemen, Law No. 2 of 2000 on official holidays',
    gaps: 'announced',
    timeZone: 'Asia/Aden',
    note:
      'As applied in the Ministry of Civil Service and Insurance’s yearly notices (Saba news agency). ' +
      'The authorities in Sanaa and Aden announce the Eid spans separately (often a day or two more than listed here); the Sanaa authorities also observe 21 September, left out.',
    holidays: [
      { date: rule('05-01'), name: 'Labour Day', localNames: ['عيد العمال'] },
      { date: rule('05-22'), name: 'Unity Day', localNames: ['العيد الوطني للجمهورية اليمنية'] },
      { date: rule('09-26'), name: 'Revolution Day (26 September)', localNames: ['عيد ثورة 26 سبتمبر'] },
      { date: rule('10-14'), name: 'Revolution Day (14 October)', localNames: ['عيد ثورة 14 أكتوبر'] },
      { date: rule('11-30'), name: 'Independence Day', localNames: ['عيد الاستقلال 30 نوفمبر'] },
      { date: rule('1 Muharram'), name: 'Islamic New Year', localNames: ['رأس السنة الهجرية'] },
      { date: rule('12 Rabi al-awwal'), name: "Prophet's Birthday", localNames: ['المولد النبوي الشريف'] },
      { date: rule('1 Shawwal'), days: 3, name: 'Eid al-Fitr', localNames: ['عيد الفطر'] },
      { date: rule('9 Dhu al-Hijjah'), name: 'Day of Arafah', localNames: ['يوم عرفة'] },
      { date: rule('10 Dhu al-Hijjah'), days: 4, name: 'Eid al-Adha', localNames: ['عيد الأضحى'] },
    ],
  },
};
