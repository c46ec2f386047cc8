#include "demo/namebank.h"

#include <QSet>

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace akim::demo {

namespace {

// ---------------------------------------------------------------------------------------------
// Data tables
// ---------------------------------------------------------------------------------------------

struct RegionRow
{
    const char16_t *kato;
    const char16_t *nameRu;
    const char16_t *nameKk;
};

// The 17 oblasts (since the 2022 reform) with their real KATO codes, in KATO order.
constexpr RegionRow kRegions[] = {
    {u"100000000", u"область Абай", u"Абай облысы"},
    {u"110000000", u"Акмолинская область", u"Ақмола облысы"},
    {u"150000000", u"Актюбинская область", u"Ақтөбе облысы"},
    {u"190000000", u"Алматинская область", u"Алматы облысы"},
    {u"230000000", u"Атырауская область", u"Атырау облысы"},
    {u"270000000", u"Западно-Казахстанская область", u"Батыс Қазақстан облысы"},
    {u"310000000", u"Жамбылская область", u"Жамбыл облысы"},
    {u"330000000", u"область Жетісу", u"Жетісу облысы"},
    {u"350000000", u"Карагандинская область", u"Қарағанды облысы"},
    {u"390000000", u"Костанайская область", u"Қостанай облысы"},
    {u"430000000", u"Кызылординская область", u"Қызылорда облысы"},
    {u"470000000", u"Мангистауская область", u"Маңғыстау облысы"},
    {u"550000000", u"Павлодарская область", u"Павлодар облысы"},
    {u"590000000", u"Северо-Казахстанская область", u"Солтүстік Қазақстан облысы"},
    {u"610000000", u"Туркестанская область", u"Түркістан облысы"},
    {u"620000000", u"область Ұлытау", u"Ұлытау облысы"},
    {u"630000000", u"Восточно-Казахстанская область", u"Шығыс Қазақстан облысы"},
};

struct Toponym
{
    const char16_t *kk; // Kazakh spelling
    const char16_t *ru; // as Russian-language registries spell it
};

// Generic toponym roots (landscape words, wishes, Soviet-era names) that recur all over the
// country. None of them is tied to a particular real okrug; demo okrugs are composed from them.
constexpr Toponym kRoots[] = {
    {u"Ақжар", u"Акжар"},
    {u"Жаңатұрмыс", u"Жанатурмыс"},
    {u"Қарасу", u"Карасу"},
    {u"Бірлік", u"Бирлик"},
    {u"Көктөбе", u"Коктобе"},
    {u"Шұбаркөл", u"Шубарколь"},
    {u"Ескене", u"Ескене"},
    {u"Талдыбұлақ", u"Талдыбулак"},
    {u"Ақсу", u"Аксу"},
    {u"Ақтоғай", u"Актогай"},
    {u"Ақкөл", u"Акколь"},
    {u"Ақбұлақ", u"Акбулак"},
    {u"Аққұдық", u"Аккудык"},
    {u"Ақшоқы", u"Акшокы"},
    {u"Ақадыр", u"Акадыр"},
    {u"Ақсай", u"Аксай"},
    {u"Ақтерек", u"Актерек"},
    {u"Ақжол", u"Акжол"},
    {u"Ақсуат", u"Аксуат"},
    {u"Ақмешіт", u"Акмешит"},
    {u"Ақтас", u"Актас"},
    {u"Ақжайық", u"Акжайык"},
    {u"Ақбастау", u"Акбастау"},
    {u"Ақбидай", u"Акбидай"},
    {u"Аққайың", u"Аккайын"},
    {u"Ақжұлдыз", u"Акжулдыз"},
    {u"Ақсұңқар", u"Аксункар"},
    {u"Алғабас", u"Алгабас"},
    {u"Алатау", u"Алатау"},
    {u"Алмалы", u"Алмалы"},
    {u"Аралтөбе", u"Аралтобе"},
    {u"Аршалы", u"Аршалы"},
    {u"Атасу", u"Атасу"},
    {u"Айдарлы", u"Айдарлы"},
    {u"Айнакөл", u"Айнаколь"},
    {u"Бадам", u"Бадам"},
    {u"Байтерек", u"Байтерек"},
    {u"Бақанас", u"Баканас"},
    {u"Бастау", u"Бастау"},
    {u"Бәйгетөбе", u"Байгетобе"},
    {u"Бекет", u"Бекет"},
    {u"Белағаш", u"Белагаш"},
    {u"Береке", u"Береке"},
    {u"Бесағаш", u"Бесагаш"},
    {u"Бесқұдық", u"Бескудык"},
    {u"Бесоба", u"Бесоба"},
    {u"Бескөл", u"Бесколь"},
    {u"Бесқарағай", u"Бескарагай"},
    {u"Бесшоқы", u"Бесшокы"},
    {u"Бозой", u"Бозой"},
    {u"Бозтал", u"Бозтал"},
    {u"Бозарық", u"Бозарык"},
    {u"Бөрлі", u"Борли"},
    {u"Бұрыл", u"Бурыл"},
    {u"Бұғылы", u"Бугылы"},
    {u"Бірлестік", u"Бирлестик"},
    {u"Болашақ", u"Болашак"},
    {u"Бостандық", u"Бостандык"},
    {u"Бейбітшілік", u"Бейбитшилик"},
    {u"Боралдай", u"Боралдай"},
    {u"Бүркітті", u"Буркитты"},
    {u"Дала", u"Дала"},
    {u"Достық", u"Достык"},
    {u"Дәуқара", u"Даукара"},
    {u"Егінсу", u"Егинсу"},
    {u"Егіндібұлақ", u"Егиндибулак"},
    {u"Ескелді", u"Ескельды"},
    {u"Еңбек", u"Енбек"},
    {u"Еңбекші", u"Енбекши"},
    {u"Жайылма", u"Жайылма"},
    {u"Жалғызтөбе", u"Жалгызтобе"},
    {u"Жаңажол", u"Жанажол"},
    {u"Жаңақала", u"Жанакала"},
    {u"Жаңақоныс", u"Жанаконыс"},
    {u"Жаңаталап", u"Жанаталап"},
    {u"Жаңатілек", u"Жанатилек"},
    {u"Жаңаесіл", u"Жанаесиль"},
    {u"Жаңабірлік", u"Жанабирлик"},
    {u"Жаңатас", u"Жанатас"},
    {u"Жаңажұлдыз", u"Жанажулдыз"},
    {u"Жарқамыс", u"Жаркамыс"},
    {u"Жарсуат", u"Жарсуат"},
    {u"Жарқұдық", u"Жаркудык"},
    {u"Жасқайрат", u"Жаскайрат"},
    {u"Жастілек", u"Жастилек"},
    {u"Жетібай", u"Жетибай"},
    {u"Жетіген", u"Жетиген"},
    {u"Жетішоқы", u"Жетишокы"},
    {u"Жиделі", u"Жидели"},
    {u"Жыланды", u"Жыланды"},
    {u"Жуантөбе", u"Жуантобе"},
    {u"Жұлдыз", u"Жулдыз"},
    {u"Жосалы", u"Жосалы"},
    {u"Жалаңаш", u"Жаланаш"},
    {u"Жайсаң", u"Жайсан"},
    {u"Жиренқопа", u"Жиренкопа"},
    {u"Жыңғылды", u"Жынгылды"},
    {u"Жалпақтал", u"Жалпактал"},
    {u"Жалпақсай", u"Жалпаксай"},
    {u"Жеңіс", u"Женис"},
    {u"Ынтымақ", u"Ынтымак"},
    {u"Ынталы", u"Ынталы"},
    {u"Іргелі", u"Иргели"},
    {u"Кеңарал", u"Кенарал"},
    {u"Кеңащы", u"Кенащы"},
    {u"Кеңес", u"Кенес"},
    {u"Кеңсай", u"Кенсай"},
    {u"Кендала", u"Кендала"},
    {u"Келес", u"Келес"},
    {u"Көкжар", u"Кокжар"},
    {u"Көкөзек", u"Кокозек"},
    {u"Көкпекті", u"Кокпекты"},
    {u"Көксу", u"Коксу"},
    {u"Көкжиде", u"Кокжиде"},
    {u"Көктерек", u"Коктерек"},
    {u"Көкарал", u"Кокарал"},
    {u"Көлқамыс", u"Колкамыс"},
    {u"Күнгей", u"Кунгей"},
    {u"Қайнар", u"Кайнар"},
    {u"Қайыңды", u"Кайынды"},
    {u"Қайыңбұлақ", u"Кайынбулак"},
    {u"Қамысты", u"Камысты"},
    {u"Қамысбұлақ", u"Камысбулак"},
    {u"Қамыскөл", u"Камысколь"},
    {u"Қарабұлақ", u"Карабулак"},
    {u"Қарағаш", u"Карагаш"},
    {u"Қарақамыс", u"Каракамыс"},
    {u"Қаракөл", u"Караколь"},
    {u"Қаратал", u"Каратал"},
    {u"Қаратау", u"Каратау"},
    {u"Қаратөбе", u"Каратобе"},
    {u"Қарашоқы", u"Карашокы"},
    {u"Қарақұдық", u"Каракудык"},
    {u"Қараөзек", u"Караозек"},
    {u"Қарасай", u"Карасай"},
    {u"Қаражар", u"Каражар"},
    {u"Қарағайлы", u"Карагайлы"},
    {u"Қарабас", u"Карабас"},
    {u"Қамқалы", u"Камкалы"},
    {u"Қоғалы", u"Когалы"},
    {u"Қосағаш", u"Косагаш"},
    {u"Қосарал", u"Косарал"},
    {u"Қоскөл", u"Косколь"},
    {u"Қостерек", u"Костерек"},
    {u"Қостөбе", u"Костобе"},
    {u"Қызылжар", u"Кызылжар"},
    {u"Қызылағаш", u"Кызылагаш"},
    {u"Қызылқайың", u"Кызылкайын"},
    {u"Қызылту", u"Кызылту"},
    {u"Қызылкөл", u"Кызылколь"},
    {u"Қызылсай", u"Кызылсай"},
    {u"Қызылжұлдыз", u"Кызылжулдыз"},
    {u"Қошқарата", u"Кошкарата"},
    {u"Құмкөл", u"Кумколь"},
    {u"Құмсуат", u"Кумсуат"},
    {u"Құмтөбе", u"Кумтобе"},
    {u"Құрылыс", u"Курылыс"},
    {u"Маржанбұлақ", u"Маржанбулак"},
    {u"Мақаншы", u"Маканшы"},
    {u"Майбұлақ", u"Майбулак"},
    {u"Майқайың", u"Майкайын"},
    {u"Майтөбе", u"Майтобе"},
    {u"Мойынқұм", u"Мойынкум"},
    {u"Мұнайлы", u"Мунайлы"},
    {u"Мыңбұлақ", u"Мынбулак"},
    {u"Мыңшұңқыр", u"Мыншункыр"},
    {u"Маралды", u"Маралды"},
    {u"Мерей", u"Мерей"},
    {u"Наурыз", u"Наурыз"},
    {u"Нұрлы", u"Нурлы"},
    {u"Нұрлыжол", u"Нурлыжол"},
    {u"Ордабасы", u"Ордабасы"},
    {u"Ойтал", u"Ойтал"},
    {u"Ортасай", u"Ортасай"},
    {u"Отар", u"Отар"},
    {u"Ойжайлау", u"Ойжайлау"},
    {u"Өркен", u"Оркен"},
    {u"Өрнек", u"Орнек"},
    {u"Өзен", u"Озен"},
    {u"Сайқұдық", u"Сайкудык"},
    {u"Самал", u"Самал"},
    {u"Сарыбұлақ", u"Сарыбулак"},
    {u"Сарыкөл", u"Сарыколь"},
    {u"Сарыөзек", u"Сарыозек"},
    {u"Сарысу", u"Сарысу"},
    {u"Сарыжар", u"Сарыжар"},
    {u"Сарытерек", u"Сарытерек"},
    {u"Сарыарқа", u"Сарыарка"},
    {u"Сарыбел", u"Сарыбель"},
    {u"Сарыжаз", u"Сарыжаз"},
    {u"Сексеуіл", u"Саксаул"},
    {u"Сұлутөбе", u"Сулутобе"},
    {u"Сұлукөл", u"Сулуколь"},
    {u"Сағыз", u"Сагыз"},
    {u"Тасбұлақ", u"Тасбулак"},
    {u"Тасқала", u"Таскала"},
    {u"Тастөбе", u"Тастобе"},
    {u"Тасөткел", u"Тасоткель"},
    {u"Тасты", u"Тасты"},
    {u"Тасарық", u"Тасарык"},
    {u"Тамды", u"Тамды"},
    {u"Талапты", u"Талапты"},
    {u"Талап", u"Талап"},
    {u"Талдыкөл", u"Талдыколь"},
    {u"Талдысай", u"Талдысай"},
    {u"Таңбалы", u"Танбалы"},
    {u"Таусамалы", u"Таусамалы"},
    {u"Тереңөзек", u"Теренозек"},
    {u"Теректі", u"Теректы"},
    {u"Тоғызқұдық", u"Тогызкудык"},
    {u"Төрткөл", u"Тортколь"},
    {u"Тұздыкөл", u"Туздыколь"},
    {u"Тұзкөл", u"Тузколь"},
    {u"Түйетас", u"Туйетас"},
    {u"Үшарал", u"Ушарал"},
    {u"Үшқоңыр", u"Ушконыр"},
    {u"Үштөбе", u"Уштобе"},
    {u"Үшбұлақ", u"Ушбулак"},
    {u"Үшқайың", u"Ушкайын"},
    {u"Үшшоқы", u"Ушшокы"},
    {u"Ұзынағаш", u"Узынагаш"},
    {u"Ұзынкөл", u"Узынколь"},
    {u"Ұланбел", u"Уланбель"},
    {u"Шалқар", u"Шалкар"},
    {u"Шалқия", u"Шалкия"},
    {u"Шаған", u"Шаган"},
    {u"Шарбақты", u"Шарбакты"},
    {u"Шоқпар", u"Шокпар"},
    {u"Шолаққорған", u"Шолаккорган"},
    {u"Шұбартау", u"Шубартау"},
    {u"Шиелі", u"Шиели"},
    {u"Шілікті", u"Шиликты"},
    {u"Шұғыла", u"Шугыла"},
    {u"Шапағат", u"Шапагат"},
    {u"Шарын", u"Шарын"},
    {u"Шелек", u"Шелек"},
    {u"Ащысай", u"Ащысай"},
    {u"Ащыбұлақ", u"Ащыбулак"},
    {u"Ащыкөл", u"Ащыколь"},
    {u"Тұщыбұлақ", u"Тущыбулак"},
    {u"Шұқыркөл", u"Шукырколь"},
    {u"Арқарлы", u"Аркарлы"},
    {u"Киікті", u"Киикты"},
    {u"Қойтас", u"Койтас"},
    {u"Тайқоңыр", u"Тайконыр"},
    {u"Ырыс", u"Ырыс"},
    {u"Азат", u"Азат"},
};

struct Honoree
{
    const char16_t *ruGenitive; // "сельский округ имени Абая"
    const char16_t *kk;         // "Абай атындағы ауылдық округі"
};

constexpr Honoree kHonorees[] = {
    {u"Абая", u"Абай"},
    {u"Жамбыла", u"Жамбыл"},
    {u"Кабанбай батыра", u"Қабанбай батыр"},
    {u"Б. Момышулы", u"Б. Момышұлы"},
    {u"Т. Рыскулова", u"Т. Рысқұлов"},
    {u"Ы. Алтынсарина", u"Ы. Алтынсарин"},
    {u"М. Ауэзова", u"М. Әуезов"},
    {u"С. Сейфуллина", u"С. Сейфуллин"},
    {u"Ч. Валиханова", u"Ш. Уәлиханов"},
    {u"Курмангазы", u"Құрманғазы"},
    {u"аль-Фараби", u"Әл-Фараби"},
    {u"Махамбета", u"Махамбет"},
    {u"Толе би", u"Төле би"},
    {u"Казыбек би", u"Қазыбек би"},
    {u"Айтеке би", u"Әйтеке би"},
    {u"Райымбека", u"Райымбек"},
    {u"Амангельды", u"Амангелді"},
    {u"Исатая", u"Исатай"},
};

// Male forms; feminineSurname() derives the female ones.
constexpr const char16_t *kKazakhSurnames[] = {
    u"Сейтқали",   u"Әбілқасымов",  u"Нұрмағанбетов", u"Жақыпов",       u"Ахметов",
    u"Омаров",     u"Серікбаев",    u"Тоқтаров",      u"Қасымов",       u"Мұхамеджанов",
    u"Жұмабеков",  u"Байжанов",     u"Әбдірахманов",  u"Исабеков",      u"Құдайбергенов",
    u"Сәрсенбаев", u"Нұрланов",     u"Есенов",        u"Бекмағамбетов", u"Тұрсынов",
    u"Оспанов",    u"Әлімжанов",    u"Қалиев",        u"Ермеков",       u"Мырзахметов",
    u"Досжанов",   u"Ыбыраев",      u"Жандосов",      u"Қожахметов",    u"Шәріпов",
    u"Мамытов",    u"Бейсенов",     u"Ибраев",        u"Кенжебаев",     u"Жүсіпов",
    u"Сұлтанов",   u"Төлегенов",    u"Әміров",        u"Қуанышев",      u"Байғабылов",
    u"Нұрпейісов", u"Қаратаев",     u"Дүйсенов",      u"Сағынтаев",     u"Молдабеков",
    u"Тәжібаев",   u"Айтбаев",      u"Қайырбеков",    u"Шаймерденов",   u"Смағұлов",
    u"Рахымжанов", u"Мұсабаев",     u"Ысқақов",       u"Байтұрсынов",   u"Әлиев",
    u"Ғабдуллин",  u"Ахметжанов",   u"Бөкейханов",    u"Сүлейменов",    u"Ержанов",
    u"Жұмағұлов",  u"Қазбеков",     u"Ақылбеков",     u"Бердіқұлов",    u"Төребаев",
    u"Оразов",     u"Тілеубердиев", u"Жақсылықов",    u"Сапаров",       u"Сыздықов",
    u"Үмбетов",    u"Әшімов",       u"Ермекбаев",     u"Қонысбаев",     u"Мұқанов",
    u"Байменов",   u"Бекетов",      u"Ғазизов",       u"Хамитов",       u"Нұрғали",
    u"Жұмағали",   u"Әбдіқали",     u"Тоқтарбай",     u"Серікбайұлы",   u"Жанұзақұлы",
    u"Қасымұлы",   u"Мұратұлы",     u"Ділдәбеков",    u"Құлмағамбетов", u"Иманғалиев",
};

// Also used as fathers' names for patronymics.
constexpr const char16_t *kKazakhMaleNames[] = {
    u"Ерлан",   u"Нұржан",   u"Дәулет",  u"Асқар",     u"Серік",  u"Бекзат",   u"Қанат",
    u"Айдос",   u"Бауыржан", u"Ержан",   u"Нұрлан",    u"Мұхтар", u"Ербол",    u"Талғат",
    u"Жандос",  u"Арман",    u"Ғалым",   u"Қайрат",    u"Болат",  u"Марат",    u"Нұрсұлтан",
    u"Әлібек",  u"Әділ",     u"Азамат",  u"Бақытжан",  u"Дархан", u"Ерасыл",   u"Есен",
    u"Жасұлан", u"Жеңіс",    u"Жомарт",  u"Ілияс",     u"Қуаныш", u"Мағжан",   u"Мейрам",
    u"Мұрат",   u"Нұрбол",   u"Өмірзақ", u"Рүстем",    u"Сайлау", u"Самат",    u"Санжар",
    u"Сұлтан",  u"Тимур",    u"Төлеген", u"Ұлан",      u"Шыңғыс", u"Ерғали",   u"Ерік",
    u"Жұмабек", u"Қасым",    u"Мұса",    u"Кенже",     u"Абай",   u"Бекен",    u"Бейбіт",
    u"Данияр",  u"Ерболат",  u"Әсет",    u"Ғабит",     u"Мирас",  u"Темірлан", u"Сәкен",
    u"Алмас",   u"Бағдат",   u"Ертай",   u"Нұрдәулет", u"Жақып",  u"Сапар",    u"Тұрсын",
};

constexpr const char16_t *kKazakhFemaleNames[] = {
    u"Айгүл",    u"Гүлнар",   u"Мәдина",  u"Әйгерім", u"Ақмарал",  u"Айжан",    u"Айнұр",
    u"Ақбота",   u"Аружан",   u"Балжан",  u"Бибігүл", u"Гүлмира",  u"Гүлжан",   u"Гүлсім",
    u"Дана",     u"Динара",   u"Жанар",   u"Жанна",   u"Жұлдыз",   u"Зарина",   u"Зәуре",
    u"Индира",   u"Қарлығаш", u"Қымбат",  u"Ләззат",  u"Ләйлә",    u"Меруерт",  u"Мөлдір",
    u"Нұргүл",   u"Нұрсұлу",  u"Перизат", u"Райхан",  u"Сандуғаш", u"Салтанат", u"Сәуле",
    u"Толқын",   u"Тоғжан",   u"Үміт",    u"Ұлпан",   u"Шолпан",   u"Эльмира",  u"Жазира",
    u"Айсұлу",   u"Алма",     u"Әсел",    u"Ботагөз", u"Гаухар",   u"Дәмеш",    u"Жібек",
    u"Күләш",    u"Майра",    u"Назерке", u"Ақерке",  u"Әсем",     u"Лаура",    u"Ғалия",
    u"Раушан",   u"Сымбат",   u"Фариза",  u"Анар",    u"Ақтоты",   u"Гүлшат",   u"Дариға",
    u"Нұрлығүл", u"Баян",     u"Кәмшат",
};

constexpr const char16_t *kRussianSurnames[] = {
    u"Иванов",     u"Петров",   u"Смирнов",   u"Кузнецов",    u"Попов",     u"Соколов",
    u"Лебедев",    u"Новиков",  u"Морозов",   u"Волков",      u"Ковальчук", u"Шевченко",
    u"Бондаренко", u"Ткаченко", u"Кравченко", u"Мельник",     u"Ковалёв",   u"Фёдоров",
    u"Никитин",    u"Захаров",  u"Белов",     u"Ким",         u"Пак",       u"Цой",
    u"Шмидт",      u"Миллер",   u"Вагнер",    u"Ковалевский", u"Гордиенко", u"Литвиненко",
};

constexpr const char16_t *kRussianMaleNames[] = {
    u"Сергей",  u"Александр",  u"Андрей", u"Владимир", u"Николай", u"Дмитрий",  u"Игорь",
    u"Олег",    u"Виктор",     u"Юрий",   u"Евгений",  u"Алексей", u"Михаил",   u"Павел",
    u"Виталий", u"Константин", u"Денис",  u"Роман",    u"Иван",    u"Геннадий",
};

constexpr const char16_t *kRussianFemaleNames[] = {
    u"Елена",  u"Ольга",     u"Наталья", u"Татьяна", u"Ирина",    u"Светлана",  u"Людмила",
    u"Галина", u"Марина",    u"Оксана",  u"Юлия",    u"Анна",     u"Валентина", u"Надежда",
    u"Любовь", u"Екатерина", u"Вера",    u"Лариса",  u"Виктория", u"Инна",
};

struct Patronymic
{
    const char16_t *male;
    const char16_t *female;
};

constexpr Patronymic kRussianPatronymics[] = {
    {u"Петрович", u"Петровна"},         {u"Сергеевич", u"Сергеевна"},
    {u"Иванович", u"Ивановна"},         {u"Николаевич", u"Николаевна"},
    {u"Владимирович", u"Владимировна"}, {u"Александрович", u"Александровна"},
    {u"Викторович", u"Викторовна"},     {u"Васильевич", u"Васильевна"},
    {u"Михайлович", u"Михайловна"},     {u"Анатольевич", u"Анатольевна"},
    {u"Геннадьевич", u"Геннадьевна"},   {u"Юрьевич", u"Юрьевна"},
    {u"Андреевич", u"Андреевна"},       {u"Алексеевич", u"Алексеевна"},
    {u"Григорьевич", u"Григорьевна"},   {u"Фёдорович", u"Фёдоровна"},
    {u"Борисович", u"Борисовна"},       {u"Валерьевич", u"Валерьевна"},
    {u"Олегович", u"Олеговна"},         {u"Павлович", u"Павловна"},
};

constexpr const char16_t *kPositions[] = {
    u"депутат областного маслихата",
    u"депутат районного маслихата",
    u"председатель общественного совета области",
    u"член общественного совета района",
    u"представитель НПО «Ауыл жастары»",
    u"представитель НПО «Ел болашағы»",
    u"представитель НПО «Гражданский альянс»",
    u"представитель Палаты предпринимателей области",
    u"представитель Ассамблеи народа Казахстана",
    u"журналист",
    u"главный редактор областной газеты",
    u"руководитель управления сельского хозяйства области",
    u"руководитель управления внутренней политики области",
    u"руководитель управления цифровизации области",
    u"заместитель руководителя управления экономики и бюджетного планирования",
    u"руководитель департамента Агентства по делам государственной службы",
    u"советник акима области",
    u"эксперт по вопросам местного самоуправления",
    u"преподаватель Академии государственного управления",
    u"директор сельской общеобразовательной школы",
    u"главный врач районной больницы",
    u"председатель совета ветеранов района",
    u"руководитель молодёжного ресурсного центра",
    u"председатель сельскохозяйственного кооператива",
    u"ветеран государственной службы",
    u"почётный гражданин области",
    u"общественный деятель",
};

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

constexpr int kMinOkrugsPerDistrict = 6;
constexpr int kMaxOkrugsPerDistrict = 20;
// Two KATO digits for the district (10..99) bound the district count, and so the okrug count.
constexpr int kMaxDistricts = 90;

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

template<typename T, std::size_t N>
const T &pick(const T (&table)[N], QRandomGenerator &rng)
{
    return table[rng.bounded(int(N))];
}

bool chance(QRandomGenerator &rng, int percent)
{
    return rng.bounded(100) < percent;
}

// Fisher–Yates over 0..n-1 using only `rng`, so the order does not depend on the standard library.
QVector<int> shuffledIndices(int n, QRandomGenerator &rng)
{
    QVector<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(order[i], order[rng.bounded(i + 1)]);
    return order;
}

// Replaces Kazakh-specific letters the way Russian-language registries do ("Серік" -> "Серик").
QString registryRu(const QString &kk)
{
    static const QString from = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    static const QString to = QStringLiteral("агкноуухиАГКНОУУХИ");
    QString result = kk;
    for (QChar &c : result) {
        const qsizetype at = from.indexOf(c);
        if (at >= 0)
            c = to.at(at);
    }
    return result;
}

bool isRussianVowel(QChar c)
{
    return QStringLiteral("аеёиоуыэюя").contains(c);
}

// "Акжар" -> "Акжарский", "Каратал" -> "Каратальский", "Акколь" -> "Аккольский",
// "Актогай" -> "Актогайский", "Аксу" -> "Аксуский", "Коктобе" -> "Коктобинский",
// "Енбекши" -> "Енбекшинский", "Шиели" -> "Шиелийский".
QString ruAdjective(const QString &noun)
{
    const QChar last = noun.back();
    if (last == u'л')
        return noun + QStringLiteral("ьский");
    if (last == u'у' || last == u'ю' || !isRussianVowel(last))
        return noun + QStringLiteral("ский");
    if (noun.endsWith(u"ли"))
        return noun + QStringLiteral("йский");
    return noun.chopped(1) + QStringLiteral("инский"); // а, е, и, о, ы, я, э, ё
}

// "Жақыпов" -> "Жақыпова", "Ковалевский" -> "Ковалевская", "Қасымұлы" -> "Қасымқызы";
// anything else ("Сейтқали", "Ким", "Шевченко") does not change.
QString feminineSurname(const QString &male)
{
    if (male.endsWith(u"ов") || male.endsWith(u"ев") || male.endsWith(u"ёв") ||
        male.endsWith(u"ин") || male.endsWith(u"ын"))
        return male + u'а';
    if (male.endsWith(u"ский"))
        return male.chopped(2) + QStringLiteral("ая");
    if (male.endsWith(u"ұлы"))
        return male.chopped(3) + QStringLiteral("қызы");
    return male;
}

// Russian-style patronymic from a Kazakh father's name: "Серік" -> "Серикович"/"Сериковна",
// "Ерғали" -> "Ергалиевич", "Абай" -> "Абаевич", "Жұмаш" -> "Жумашевич".
QString russianStylePatronymic(const QString &fatherKk, Gender gender)
{
    QString stem = registryRu(fatherKk);
    const QChar last = stem.back();
    bool soft = isRussianVowel(last) || QStringLiteral("жшчщц").contains(last);
    if (last == u'й') {
        stem.chop(1);
        soft = true;
    }
    const bool male = gender == Gender::Male;
    if (soft)
        return stem + (male ? QStringLiteral("евич") : QStringLiteral("евна"));
    return stem + (male ? QStringLiteral("ович") : QStringLiteral("овна"));
}

QString kazakhName(Gender gender, QRandomGenerator &rng)
{
    const bool male = gender == Gender::Male;
    const QString surname = str(pick(kKazakhSurnames, rng));
    const QString name = str(male ? pick(kKazakhMaleNames, rng) : pick(kKazakhFemaleNames, rng));
    const QString father = str(pick(kKazakhMaleNames, rng));
    const QString patronymic =
        chance(rng, 45) ? father + (male ? QStringLiteral("ұлы") : QStringLiteral("қызы"))
                        : russianStylePatronymic(father, gender);
    return (male ? surname : feminineSurname(surname)) + u' ' + name + u' ' + patronymic;
}

QString russianName(Gender gender, QRandomGenerator &rng)
{
    const bool male = gender == Gender::Male;
    const QString surname = str(pick(kRussianSurnames, rng));
    const QString name = str(male ? pick(kRussianMaleNames, rng) : pick(kRussianFemaleNames, rng));
    const Patronymic &patronymic = pick(kRussianPatronymics, rng);
    return (male ? surname : feminineSurname(surname)) + u' ' + name + u' ' +
           str(male ? patronymic.male : patronymic.female);
}

// ---------------------------------------------------------------------------------------------
// Region layout
// ---------------------------------------------------------------------------------------------

// Splits `okrugCount` into district sizes of 6..20 (a single smaller district below 6).
QVector<int> districtSizes(int okrugCount, QRandomGenerator &rng)
{
    if (okrugCount <= 0)
        return {};
    if (okrugCount < kMinOkrugsPerDistrict)
        return {okrugCount};

    const int fewest = (okrugCount + kMaxOkrugsPerDistrict - 1) / kMaxOkrugsPerDistrict;
    const int most = std::min(okrugCount / kMinOkrugsPerDistrict, kMaxDistricts);
    const int typicalSize = rng.bounded(9, 15);
    const int count = std::clamp((okrugCount + typicalSize / 2) / typicalSize, fewest, most);

    QVector<int> sizes(count, kMinOkrugsPerDistrict);
    int left = okrugCount - count * kMinOkrugsPerDistrict;
    while (left > 0) {
        int &size = sizes[rng.bounded(count)];
        const int room = kMaxOkrugsPerDistrict - size;
        const int add = std::min({room, left, rng.bounded(1, 4)});
        size += add;
        left -= add;
    }
    return sizes;
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

// District part of the KATO code: spread out like real codes while there is room, dense otherwise.
QString districtCode(int index, int districtCount)
{
    return twoDigits(districtCount <= 39 ? 20 + 2 * index : 10 + index);
}

QString okrugCode(int index)
{
    return twoDigits(20 + 2 * index);
}

// Hands out okrug names that are unique within one region. Each root is used once; a few
// okrugs are named after famous people; once the roots run out, "-2", "-3"... variants follow.
class OkrugNamer
{
public:
    explicit OkrugNamer(QRandomGenerator &rng)
        : m_rng(rng)
        , m_roots(shuffledIndices(int(std::size(kRoots)), rng))
        , m_honorees(shuffledIndices(int(std::size(kHonorees)), rng))
    {}

    GeoOkrug next()
    {
        for (;;) {
            GeoOkrug okrug = candidate();
            if (m_usedRu.contains(okrug.nameRu) || m_usedKk.contains(okrug.nameKk))
                continue;
            m_usedRu.insert(okrug.nameRu);
            m_usedKk.insert(okrug.nameKk);
            return okrug;
        }
    }

private:
    GeoOkrug candidate()
    {
        if (m_round == 1 && m_nextHonoree < m_honorees.size() && chance(m_rng, 4))
            return named(kHonorees[m_honorees[m_nextHonoree++]]);

        const Toponym &root = kRoots[m_roots[m_nextRoot]];
        const int round = m_round;
        if (++m_nextRoot == m_roots.size()) {
            m_nextRoot = 0;
            ++m_round;
        }
        if (round > 1)
            return numbered(root, round);
        return chance(m_rng, 12) ? nounForm(root) : adjectiveForm(root);
    }

    static GeoOkrug adjectiveForm(const Toponym &root)
    {
        return {QString(), ruAdjective(str(root.ru)) + QStringLiteral(" сельский округ"),
                str(root.kk) + QStringLiteral(" ауылдық округі")};
    }

    static GeoOkrug nounForm(const Toponym &root)
    {
        return {QString(), QStringLiteral("сельский округ ") + str(root.ru),
                str(root.kk) + QStringLiteral(" ауылдық округі")};
    }

    static GeoOkrug numbered(const Toponym &root, int round)
    {
        const QString suffix = u'-' + QString::number(round);
        return {QString(), QStringLiteral("сельский округ ") + str(root.ru) + suffix,
                str(root.kk) + suffix + QStringLiteral(" ауылдық округі")};
    }

    static GeoOkrug named(const Honoree &honoree)
    {
        return {QString(), QStringLiteral("сельский округ имени ") + str(honoree.ruGenitive),
                str(honoree.kk) + QStringLiteral(" атындағы ауылдық округі")};
    }

    QRandomGenerator &m_rng;
    QVector<int> m_roots;
    QVector<int> m_honorees;
    int m_nextRoot = 0;
    int m_nextHonoree = 0;
    int m_round = 1;
    QSet<QString> m_usedRu;
    QSet<QString> m_usedKk;
};

GeoDistrict makeDistrict(const Toponym &root, const QString &kato)
{
    return {kato,
            ruAdjective(str(root.ru)) + QStringLiteral(" район"),
            str(root.kk) + QStringLiteral(" ауданы"),
            {}};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// NameBank
// ---------------------------------------------------------------------------------------------

QVector<GeoRegion> NameBank::regions()
{
    QVector<GeoRegion> result;
    result.reserve(int(std::size(kRegions)));
    for (const RegionRow &row : kRegions)
        result.append({str(row.kato), str(row.nameRu), str(row.nameKk), {}});
    return result;
}

void NameBank::fillRegion(GeoRegion &region, int okrugCount, QRandomGenerator &rng)
{
    // Above 90 districts x 20 okrugs the two-digit KATO parts run out.
    const int count = std::clamp(okrugCount, 0, kMaxDistricts * kMaxOkrugsPerDistrict);
    const QVector<int> sizes = districtSizes(count, rng);
    const QVector<int> districtRoots = shuffledIndices(int(std::size(kRoots)), rng);
    OkrugNamer okrugNames(rng);
    const QString prefix = region.kato.left(2);

    region.districts.clear();
    region.districts.reserve(sizes.size());
    for (int d = 0; d < sizes.size(); ++d) {
        const QString districtPrefix = prefix + districtCode(d, int(sizes.size()));
        GeoDistrict district =
            makeDistrict(kRoots[districtRoots[d]], districtPrefix + QStringLiteral("00000"));
        for (int o = 0; o < sizes[d]; ++o) {
            GeoOkrug okrug = okrugNames.next();
            okrug.kato = districtPrefix + okrugCode(o) + QStringLiteral("000");
            district.okrugs.append(okrug);
        }
        region.districts.append(district);
    }
}

QString NameBank::personName(Gender gender, QRandomGenerator &rng)
{
    return chance(rng, 85) ? kazakhName(gender, rng) : russianName(gender, rng);
}

QString NameBank::memberPosition(QRandomGenerator &rng)
{
    return str(pick(kPositions, rng));
}

} // namespace akim::demo
