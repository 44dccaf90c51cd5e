/**
 * News agencies, by how they are written and what we call them. Shared by the
 * cleaner (a lone agency credit line is furniture) and the metadata stage
 * (which agency the article credits).
 */
export const AGENCIES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Anadolu Agency', pattern: /\bAnadolu(?: Agency| Ajansı)?\b|\bAA\b/ },
  { name: 'Reuters', pattern: /\bReuters\b/ },
  { name: 'Agence France-Presse', pattern: /\bAFP\b|\bAgence France[- ]Presse\b/ },
  { name: 'Associated Press', pattern: /\b(?:the )?Associated Press\b|\bAP\b/ },
  { name: 'TASS', pattern: /\bTASS\b/ },
  { name: 'Xinhua', pattern: /\bXinhua\b/ },
  { name: 'RIA Novosti', pattern: /\bRIA Novosti\b/ },
  { name: 'Interfax', pattern: /\bInterfax\b/ },
  { name: 'Sputnik', pattern: /\bSputnik\b/ },
  { name: 'dpa', pattern: /\bdpa\b|\bDeutsche Presse-Agentur\b/ },
  { name: 'EFE', pattern: /\bEFE\b/ },
  { name: 'Kyodo News', pattern: /\bKyodo\b/ },
  { name: 'Yonhap', pattern: /\bYonhap\b/ },
  { name: 'Press Trust of India', pattern: /\bPTI\b|\bPress Trust of India\b/ },
  { name: 'Asian News International', pattern: /\bANI\b/ },
  { name: 'Associated Press of Pakistan', pattern: /\bAPP\b|\bAssociated Press of Pakistan\b/ },
  { name: 'Kazinform', pattern: /\bKazinform\b/ },
  { name: 'Trend', pattern: /\bTrend News Agency\b/ },
];

/** The agency a short name refers to ("Reuters", "AFP", "Anadolu agency"), or null. */
export function agencyNamed(text: string): string | null {
  return AGENCIES.find((a) => a.pattern.test(text) || a.pattern.test(titleCased(text)))?.name ?? null;
}

/** "anadolu agency" → "Anadolu Agency" so lowercase mentions match the written forms. */
const titleCased = (s: string) => s.replace(/(?<!\p{L})\p{Ll}/gu, (c) => c.toUpperCase());

const NAMES = AGENCIES.map((a) => a.pattern.source.replace(/\\b/g, '')).join('|');
/** A line that only credits agencies: "Reuters", "— AFP", "With inputs from Reuters and AFP", "Agencies". */
export const AGENCY_CREDIT = new RegExp(`^(?:[—–-]\\s*)?(?:(?:with )?(?:agency )?inputs? from |source: )?(?:(?:${NAMES})(?:\\s*(?:,|/|and|&)\\s*)?)+$|^(?:agencies|agency inputs)$`, 'i');
/** An agency credit with the bureau it filed from: "Agence France-Presse, Washington,", "Reuters, Almaty". */
export const AGENCY_BUREAU = new RegExp(`^(?:${NAMES}),\\s*\\p{Lu}[\\p{L} .'’-]{1,30},?$`, 'u');
