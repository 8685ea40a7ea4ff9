/**
 * The words of the demo year (db/demoYear.ts): fictional people and teams, and pools of plain Flemish phrases that
 * come back across audits, as they would in a real team (so "the strengths most often written" has something to
 * show). Never real people or files; no phrase names a person.
 */
import type { PersonRole, Service } from '../shared/domain/model';

export interface DemoTeam {
  team: string;
  region: string;
  services: readonly Service[];
  /** Indexes into DEMO_YEAR_PEOPLE. */
  consultants: readonly number[];
  reviewer: number;
}

export const DEMO_YEAR_PEOPLE: readonly { name: string; role: PersonRole }[] = [
  { name: 'Amira Kestens (demo)', role: 'consulent' },
  { name: 'Bart Lievens (demo)', role: 'consulent' },
  { name: 'Chloé Vandamme (demo)', role: 'consulent' },
  { name: 'Dries Mortier (demo)', role: 'consulent' },
  { name: 'Elif Yilmaz (demo)', role: 'consulent' },
  { name: 'Femke Willaert (demo)', role: 'consulent' },
  { name: 'Gert Cools (demo)', role: 'consulent' },
  { name: 'Hanne Derycke (demo)', role: 'teamverantwoordelijke' },
  { name: 'Ilias Benali (demo)', role: 'teamverantwoordelijke' },
  { name: 'Joke Peeters (demo)', role: 'teamverantwoordelijke' },
];

export const DEMO_YEAR_TEAMS: readonly DemoTeam[] = [
  { team: 'Team Gent-Noord', region: 'Oost-Vlaanderen', services: ['OCJ', 'SDJ'], consultants: [0, 1], reviewer: 7 },
  { team: 'Team Aalst', region: 'Oost-Vlaanderen', services: ['OCJ'], consultants: [2], reviewer: 7 },
  { team: 'Team Antwerpen-Zuid', region: 'Antwerpen', services: ['OCJ', 'SDJ'], consultants: [3, 4], reviewer: 8 },
  { team: 'Team Hasselt', region: 'Limburg', services: ['SDJ', 'OCJ'], consultants: [5, 6], reviewer: 9 },
];

/** "Wat gaat goed?": about fifteen phrases that come back, as a team's own words do. */
export const STRENGTHS = [
  'Ouders voelen zich gehoord',
  'Het netwerk is goed in beeld',
  'De stem van het kind zit in het dossier',
  'Heldere gevaarsboodschap in gewone taal',
  'Mooie samenwerking met de school',
  'De Drie huizen zijn met de kinderen ingevuld',
  'Respectvolle toon in de verslagen',
  'Veiligheidsdoelen zijn concreet en haalbaar',
  'Grootouders zijn actief betrokken',
  'Het woord- en beeldverhaal is samen met mama gemaakt',
  'Sterk eerste netwerkberaad',
  'Eerlijk over de zorgen zonder te oordelen',
  'Het veiligheidsplan is van het gezin zelf',
  'Goede opvolging na de crisis',
  'Duidelijke afspraken met de ouders',
] as const;

export const WORRIES = [
  'Het netwerk is nog klein; wie kan er nog bij?',
  'De vader is nog weinig betrokken.',
  'Het veiligheidsplan staat nog niet op papier.',
  'De oudste begrijpt nog niet goed waarom wij er zijn.',
  'Veel wissels van hulpverleners dit jaar.',
  'De gevaarsboodschap is nog niet met de ouders gedeeld.',
] as const;

export const NEXT_STEPS = [
  'Een netwerkberaad plannen met de grootouders erbij.',
  'Het woord- en beeldverhaal afwerken met de kinderen.',
  'Samen met de ouders de veiligheidsdoelen herformuleren.',
  'Bekijken wie de avonden mee kan opvangen.',
  'De school vragen wat zij zien veranderen.',
] as const;

export const ACTIONS = [
  'Netwerkberaad plannen met de grootouders en de buurvrouw.',
  'Woord- en beeldverhaal samen met mama afwerken.',
  'De Drie huizen opnieuw doen met de jongste.',
  'Gevaarsboodschap samen met de ouders in één zin schrijven.',
  'Veiligheidsplan op papier zetten en aan het netwerk bezorgen.',
  'Een tweede contactpersoon zoeken voor de weekends.',
  'Het dossier voorstellen op de teamintervisie.',
  'Met de school afspreken hoe zij signalen doorgeven.',
  'Tijdslijn overlopen met de oudste.',
  'Feedback van de ouders vragen over de samenwerking.',
] as const;

export const ACTION_WHO = ['Consulent', 'Consulent, met de ouders', 'Teamverantwoordelijke', 'Samen'] as const;

/** What is written when a follow-up is noted, by state. */
export const FOLLOW_UP_NOTES = {
  done: [
    'Gebeurd; het gezin vond het een goed gesprek.',
    'Afgerond en in het dossier gezet.',
    'Ging door met vier mensen uit het netwerk.',
    '',
  ],
  open: ['Gepland voor volgende maand.', 'Nog niet gelukt; nieuwe datum gezocht.', ''],
  dropped: ['Niet meer nodig: het gezin verhuisde.', 'Niet meer nodig: het dossier werd afgesloten.'],
} as const;

export const WHY = [
  'Staat mooi in het verslag van het huisbezoek.',
  'Zie het netwerkberaad van vorige maand.',
  'Nog niet terug te vinden in het dossier.',
  'Mama verwoordde het zelf zo.',
  '',
  '',
] as const;

export const NA_REASON = 'De kinderen zijn nog te jong; we werkten met observatie.';

export const THEMES = ['verwaarlozing', 'intrafamiliaal_geweld', 'emotioneel_misbruik', 'fysiek_misbruik'] as const;
