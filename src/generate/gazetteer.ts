import { LEXICON_PLACES } from './name-lexicon.js';
/**
 * Small general word lists for typing proper-noun chunks. They list the world (countries,
 * capitals, regions, roles, organisation words), never one article's names.
 */
const words = (s: string): Set<string> => new Set(s.split('|').map((w) => w.toLowerCase()));

export const COUNTRIES = words(
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Democratic Republic of the Congo|Democratic Republic of Congo|Republic of the Congo|Republic of Congo|Côte d’Ivoire|Côte d\'Ivoire|Cote d\'Ivoire|Timor-Leste|Burma|Cabo Verde|Cape Verde|Macau|Macao|Holy See|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Dominica|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|America|Britain|England|Scotland|Wales|U.S.|US|USA|U.K.|UK',
);

export const CAPITALS_AND_CITIES = words(
  'Washington, D.C.|D.C.|Kabul|Tirana|Algiers|Buenos Aires|Yerevan|Canberra|Sydney|Vienna|Baku|Dhaka|Minsk|Brussels|Brasilia|Rio de Janeiro|Sao Paulo|Sofia|Phnom Penh|Ottawa|Toronto|Montreal|Vancouver|Santiago|Beijing|Shanghai|Hong Kong|Bogota|Havana|Prague|Copenhagen|Cairo|Addis Ababa|Helsinki|Paris|Berlin|Munich|Accra|Athens|Budapest|New Delhi|Delhi|Mumbai|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Milan|Tokyo|Osaka|Amman|Astana|Almaty|Nairobi|Bishkek|Riga|Beirut|Tripoli|Vilnius|Kuala Lumpur|Mexico City|Chisinau|Ulaanbaatar|Rabat|Kathmandu|Amsterdam|The Hague|Wellington|Abuja|Lagos|Pyongyang|Oslo|Islamabad|Karachi|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Riyadh|Dakar|Belgrade|Seoul|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Bern|Geneva|Zurich|Damascus|Taipei|Dushanbe|Bangkok|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kyiv|Kiev|Abu Dhabi|Dubai|London|Washington|New York|Los Angeles|Chicago|Houston|Dallas|Detroit|Boston|San Francisco|Miami|Atlanta|Seattle|Montevideo|Tashkent|Samarkand|Caracas|Hanoi|Sanaa|Lusaka|Harare|Gaza|Kabul|Johannesburg|Cape Town|Pretoria|Brasília',
);

export const REGIONS = words(
  'Africa|Asia|Europe|Antarctica|Arctic|Oceania|Middle East|Near East|Far East|Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|North Africa|Sub-Saharan Africa|Latin America|South America|North America|Central America|Caribbean|Balkans|Caucasus|Scandinavia|Siberia|Sahel|Mediterranean|Pacific|Atlantic|Indian Ocean|Gulf|Persian Gulf|Black Sea|Caspian|Baltic|Eastern Europe|Western Europe|Indo-Pacific|Earth|Mars|Moon|Jupiter|Saturn|Uranus|Neptune|Venus|Mercury|Pluto|West|East|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Bavaria|Xinjiang|Tibet|Crimea|Donbas|Kashmir|Punjab|Siberia|Sahara|Amazon|Himalayas|Alps|West Bank|Gaza Strip|Golan Heights|Horn of Africa|Darfur|Kurdistan|Sinai|Red Sea|South China Sea|East China Sea|Korean Peninsula|Gulf of Mexico|Midwest|Great Lakes|Silicon Valley|Bay Area|Korea|Americas|Northern Ireland|Great Britain',
);

/**
 * The word a place's name may stand before as its own ("Helmand province", "the Miami area"):
 * after a known place it names the place, it does not make the place qualify a noun.
 */
export const PLACE_OWN_WORDS = 'province|district|county|commune|region|area|state|prefecture|governorate|oblast|municipality|township';

/** The states of the United States: "Laurel, Maryland" names a town by its state. */
export const US_STATES = words(
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia',
);

/** Adjectives of nationality and region: a cue for places, never an answer themselves. */
export const DEMONYMS = words(
  'American|Afghan|African|Arab|Arabic|Asian|Australian|Austrian|Brazilian|British|Canadian|Chinese|Cuban|Dutch|Egyptian|English|European|French|German|Greek|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Japanese|Kazakh|Korean|Kyrgyz|Lebanese|Mexican|Nigerian|Pakistani|Palestinian|Polish|Portuguese|Russian|Saudi|Soviet|Spanish|Swedish|Swiss|Syrian|Tajik|Turkish|Turkmen|Ukrainian|Uzbek|Uyghur|Vietnamese|Western|Eastern|Northern|Southern|Central|Canadians|Americans|Brazilians|Kazakhs|Mexicans|Uyghurs|Chinese|Swedes|Europeans|Asians|Africans|Arabs|Muslims|Christians|Jews|Hindus|Buddhists|Islamic|Islamist|Islamists|Muslim|Christian|Jewish|Hindu|Buddhist|Sunni|Shia|Catholic|Protestant|Orthodox|Latino|Hispanic|Briton|Britons|Brit|Brits|Scot|Scots|Welsh|Kiwis|Westerner|Westerners|Easterners|Northerners|Southerners',
);

/** Words that name a role: before a name they make it a person ("Ambassador X"). */
export const ROLE_WORDS = words(
  'President|Vice|Prime|Madam|Director-General|Secretary-General|Minister|MP|MPs|MEP|MEPs|MSP|MSPs|MLA|MLAs|Engineer|Astronaut|Pilot|Member|Counsel|Secretary|Ambassador|Senator|Sen.|Representative|Rep.|Governor|Gov.|Mayor|King|Queen|Prince|Princess|Sheikh|Emir|Pope|Chancellor|General|Gen.|Admiral|Colonel|Major|Captain|Lieutenant|Sergeant|Commander|Judge|Justice|Chief|Director|Administrator|Chairman|Chairwoman|Chair|Commissioner|Spokesman|Spokeswoman|Spokesperson|Professor|Doctor|Prof.|Prof|Dr.|Dr|Mr.|Mrs.|Ms.|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Rabbi|Imam|Bishop|Cardinal|Father|Sister|Deputy|Asst|Asst.|Envoy|Attorney|Founder|CEO|Officer|Official|Leader|Manager|Editor|Correspondent|Reporter|Researcher|Scientist|Analyst|Strategist|Fellow|Candidate|Student|Teacher|Engineer|Astronomer|Economist|Author|Writer|Executive|Head|Coach|Associate|Sheriff|Marshal|Superintendent|Inspector|Detective|Agent|Trooper|Constable|Warden|Dean|Provost|Treasurer|Comptroller|Auditor|Coordinator|Adviser|Advisor|Counselor|Counsellor|Supervisor|Surgeon|Pastor|Reverend|Rev.|Councilman|Councilwoman|Councilmember|Councillor|Councilor|Congressman|Congresswoman|Lawmaker|Legislator|Delegate|Assemblyman|Assemblywoman|Premier|Sultan|Ayatollah|Cleric|Speaker|Commandant|Undersecretary|Under-Secretary|Chef|Assistant|Attorneys' +
    // Peers: "Baroness Kennedy", "Lord Falconer" ("Lord" and "Lady" are above).
    '|Baroness|Baron|Viscount|Viscountess|Countess|Duke|Duchess|Marquess|Marchioness' +
    // "MOCJ Dir Marcos Gonzalez Soler": a director's title cut short, without its full stop.
    '|Dir|Dir.' +
    // ("the Hon Michaelia Cash": the courtesy of a minister or a member, in Australia and Britain.)
    '|Hon|Hon.' +
    // ("Rapporteur Ismail Ertug (S&D, DE)": the member who reports a file in the European Parliament.)
    '|Rapporteur|Co-rapporteur|Rapporteurs' +
    // Military ranks, written out and as the services abbreviate them ("CPL Joseph Cantrell", "Staff Sgt. X").
    '|Corporal|Specialist|Cpl.|Sgt.|Lt.|Capt.|Col.|Maj.|Pvt.|Spc.|Cmdr.|Adm.|Rear|Brig.|Airman|Seaman|Ensign|CPL|SGT|SPC|SP|PFC|PVT|SSG|SFC|CPT|LTC|MAJ|COL' +
    // ("Principal Investigator Connie Miller of Boeing": a research title.)
    '|Investigator' +
    // ("“…,” principal Paul Marshall said.": a school's head, a chaplain, a nurse — what someone
    // is, before their name.)
    '|Principal|Headmaster|Headmistress|Priest|Chaplain|Nurse|Lawyer' +
    // ("MG Peter S. Cooke", "CSM Ann Ruiz", "TSgt Lee Park": the Army's general and senior NCO ranks, the Air Force's
    // and the Navy's, as the services write them.)
    '|MG|BG|LTG|GEN|SGM|CSM|MSG|1SG|2LT|1LT|CW2|CW3|CW4|CW5|CWO|WO1|PV2|TSgt|SSgt|MSgt|SMSgt|CMSgt|SrA|A1C|LCDR|CDR|RADM|VADM|LtCol|GySgt|LCpl',
);

/** Academic and professional degrees written after a name ("Ph.D.", "M.D."; dotted: "MD" alone is Maryland). */
export const DEGREE = /^(?:Ph\.\s?D\.?|M\.\s?S\.|B\.\s?S\.|B\.\s?A\.|M\.\s?A\.|PhD|M\.\s?Sc\.?|B\.\s?Sc\.?|MSc|BSc|M\.\s?D\.?|D\.\s?O\.?|J\.\s?D\.?|M\.\s?B\.\s?A\.?|MBA|M\.\s?P\.\s?H\.?|MPH|R\.\s?N\.?|D\.\s?V\.\s?M\.?|Ed\.\s?D\.?|D\.\s?D\.\s?S\.?|Pharm\.\s?D\.?|Psy\.\s?D\.?|M\.\s?S\.\s?N\.?|D\.\s?M\.\s?D\.?|DMD|Sc\.\s?D\.?|Dr\.\s?P\.\s?H\.?|DrPH|M\.\s?S\.\s?W\.?|Esq\.?)$/;

/**
 * People called by what they are, in words without a doer's ending ("a nurse", "resident Ana
 * Ruiz", "Witness Sarah Jones"): a description of someone, not a title.
 */
export const PEOPLE_NOUNS = words(
  'nurse|coach|guide|student|intern|expert|medic|aide|graduate|fellow|recruit|native|scholar|athlete|spouse|survivor|patient|parent|teen|teenager|volunteer|witness|eyewitness|victim|veteran|neighbour|neighbor|shopkeeper|resident|passenger|motorist|employee|colleague|friend|relative',
);

/** A rank's or a title's abbreviation before a name, without its full stop: "Capt.", "Sen.", "Dr.". */
export const TITLE_ABBREVIATION = /^(?:Adm|Gen|Col|Lt|Sgt|Capt|Cmdr|Maj|Cpl|Pvt|Spc|Brig|Sen|Rep|Gov|Dr|Prof|Dir|Asst|Supt|SAC|ASAC)$/;

/** Words that make a proper-noun chunk an organisation. */
const ORG_WORDS_TEXT =
  'Center|Centre|Agency|University|College|School|Institute|Institution|Council|Watch|Committee|Commission|Association|Organization|Organisation|Foundation|Nation|Tribe|Fund|Bank|Company|Foods|Inspectorate|Secretariat|Corporation|Corp.|Corp|Inc.|Inc|Ltd|LLC|Group|Party|Union|Ministry|Department|Office|Administration|Authority|Bureau|Service|Court|Parliament|Congress|Senate|Assembly|Federation|League|Society|Academy|Laboratory|Lab|Observatory|Museum|Orchestra|Band|Club|Network|Forum|Alliance|Coalition|Army|Navy|Force|Forces|Police|Guard|Command|Division|Brigade|Regiment|Battalion|Corps|Fleet|Squadron|Directorate|Unit|Times|Post|Journal|News|Press|Network|Broadcasting|Radio|Television|Hospital|Church|Mission|Program|Programme|Project|Initiative|Trust|Partners|Systems|Technologies|Innovation|Industries|Motors|Airlines|Airways|Brothers|Library|Conservancy|Consortium|Biosciences|Therapeutics|Labs|Communications|Solutions|Networks|Enterprises|Aerospace|Robotics|Collective|Philanthropies|Cooperative|Co-operative|Caucus|Advisors|Advisers|Associates|Securities|Holdings|Electronics|Logistics|Consulting|Shipping|Ventures|Pharmaceuticals|Laboratories|Studios|Insurance|Board|Cabinet|Government|Embassy|Consulate|Secretariat|Taliban|Hamas|Hezbollah|NATO|UN|EU|WHO|IMF|NASA|FBI|CIA|VOA|BBC|CNN|OPEC|UNESCO|UNICEF' +
    // Bodies' head words in Spanish, French, German and Portuguese ("the Mexico Comisión Nacional Bancaria y de Valores").
    '|Comisión|Comision|Comité|Ministerio|Ministère|Ministero|Ministerium|Secretaría|Instituto|Institut|Superintendencia|Banco|Banque|Consejo|Conseil|Agencia|Agence|Autoridad|Autorité|Bundesanstalt|Bundesamt|Servicio|Dirección|Tribunal|Fiscalía|Procuraduría|Universidad|Université|Universität|Universidade|Partido';
export const ORG_WORDS = words(ORG_WORDS_TEXT);

/**
 * The bodies' letters of two or three among ORG_WORDS ("UN", "EU", "WHO"): a body's word only in
 * capitals — "Un" is the last part of "Kim Jong Un", "Who" a question.
 */
const CAPITALS_ORG_WORDS = new Set(ORG_WORDS_TEXT.split('|').filter((w) => /^[A-Z]{2,3}$/.test(w)).map((w) => w.toLowerCase()));
export const isCapitalsOnlyOrgWord = (word: string): boolean => CAPITALS_ORG_WORDS.has(word.toLowerCase()) && word !== word.toUpperCase();

/** Function and generic words that must never be a deletion on their own. */
export const STOP_ANSWERS = words(
  'I|OK|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their|this|that|these|those|who|which|what|one|ones|the|a|an|and|or|but|some|many|most|several|all|both|each|few|other|others|here|there|now|then|today|yesterday|tomorrow|year|years|month|months|week|weeks|day|days|time|times|first|last|next|later|earlier|once|God|EST|EDT|PST|PDT|CST|CDT|MST|MDT|GMT|UTC|BST|CET|CEST|ET|PT|Celsius|Fahrenheit|centigrade|U.S.C.|C.F.R.|Executive Order|Executive Orders|Eastern Time|Pacific Time|Central Time|Mountain Time|E.O.',
);

/** Name connectors that may sit inside a proper name ("University of Montreal"). */
export const NAME_CONNECTORS = words('of|for|de|du|des|da|do|dos|das|del|della|van|von|der|zur|al|bin|ibn|the|and|&|on|en|et|y|und|für');

const placeAnswers = new Map<string, boolean>();

/** Asked for every capitalised word of every name, so answers are remembered (names repeat). */
/** "the Republic of Korea", "the Kingdom of Spain": a state called by its long name. */
export function isStateLongName(name: string): boolean {
  const state = /^(?:republic|kingdom|state|commonwealth|federation) of (.+)$/.exec(name.toLowerCase().replace(/^the /, ''))?.[1];
  // ("the Commonwealth of Puerto Rico": a territory the lexicon knows by name, in two words or more.)
  return !!state && (COUNTRIES.has(state) || REGIONS.has(state) || (state.includes(' ') && LEXICON_PLACES.has(state)));
}

export function isPlaceName(name: string): boolean {
  let known = placeAnswers.get(name);
  if (known === undefined) {
    const key = name.toLowerCase().replace(/^the /, '');
    // ("the Gulf of Oman", "the Strait of Hormuz", "the Republic of Korea": a water's or a
    // state's long name is a place whatever follows its "of".)
    const of = /^(?:gulf|bay|strait|straits|sea|isle|isles) of \S+$/.test(key) || isStateLongName(key);
    // ("The Hague": a city whose "The" is its own.)
    known = COUNTRIES.has(key) || CAPITALS_AND_CITIES.has(key) || CAPITALS_AND_CITIES.has(name.toLowerCase()) || REGIONS.has(key) || of;
    // Bounded, so a 5 MB input of unique words cannot grow it without end.
    if (placeAnswers.size < 50_000) placeAnswers.set(name, known);
  }
  return known;
}
