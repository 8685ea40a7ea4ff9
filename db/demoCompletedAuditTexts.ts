/** Texts of the completed demo audit (db/demoCompletedAudit.ts): both raters' answers, notes, agreed scores. */
import type { Rater } from '../shared/domain/model';
import { AUDIT_SCOPE, type NoteColumn } from '../shared/domain/conversation';

export type Answer = { score: number | null; na?: string; why: string };

/** Per item: what the consultant and the reviewer answered. Items not listed get a short default answer. */
export const ANSWERS: Record<string, Record<Rater, Answer>> = {
  'basishouding.respect': {
    consultant: {
      score: 7,
      why:
        'In de verslagen beschrijf ik wat ik zag en hoorde, zonder etiketten. Na het eerste huisbezoek schreef ik bijvoorbeeld ‘mama vertelt dat ze ’s avonds te moe is om met de kinderen te spelen’ in plaats van ‘mama is onverschillig’. ' +
        'Op het moment dat papa boos de vergadering verliet, heb ik hem de dag erna opgebeld en gezegd dat de deur openblijft. Dat staat ook in het dossier. ' +
        'Wat het geen 8 maakt: in twee verslagen uit de eerste maand gebruik ik nog het woord ‘problematisch’ zonder te zeggen wat ik concreet bedoel.',
    },
    reviewer: {
      score: 8,
      why:
        'Amai, chapeau voor de toon. Ook in de verslagen rond de crisis in februari blijft de taal feitelijk en respectvol. ' +
        'Je beschrijft de grootmoeder als iemand met wie samenwerken de moeite waard is, terwijl de relatie met mama toen moeilijk was. Dat lees ik niet vaak zo helder.',
    },
  },
  'basishouding.perspectief': {
    consultant: {
      score: 6,
      why: 'Het verhaal van mama staat in haar eigen woorden in het dossier. Het verhaal van papa minder: ik had weinig gesprekken met hem alleen, door zijn werk in ploegen.',
    },
    reviewer: {
      score: 6,
      why: 'Eens: mama’s stem is sterk aanwezig, die van papa komt vooral via mama. Een tip: een kort telefoongesprek met papa noteren telt ook.',
    },
  },
  'basishouding.eigen-oplossingen': {
    consultant: {
      score: 8,
      why: 'De ouders kwamen zelf met het idee om de oudste twee avonden per week bij de grootmoeder te laten eten. Ik heb dat idee gevolgd in plaats van mijn eigen voorstel (naschoolse opvang, €40 per maand) door te duwen.',
    },
    reviewer: {
      score: 7,
      why: 'Mooi gevolgd. In het dossier lees ik wel niet hoe jullie samen getoetst hebben of het plan ook werkt.',
    },
  },
  'basishouding.werkrelatie': {
    consultant: { score: 7, why: '' },
    reviewer: {
      score: 9,
      why: 'In de feedback aan het einde zegt mama: ‘Ze luisterde echt, ook als ik kwaad was.’ Dat zegt veel over de werkrelatie en de hoop die je gaf.',
    },
  },
  'basishouding.feedback': {
    consultant: { score: 4, why: 'Ik heb het pas aan het einde gevraagd, met de vragenlijst. Tussendoor niet.' },
    reviewer: {
      score: 5,
      why: 'Er is wel één tussentijds moment te vinden, na het netwerkberaad; misschien ben je daar te streng voor jezelf.',
    },
  },
  'assessment.driekolommen': {
    consultant: {
      score: 8,
      why:
        'Er zijn drie mappings in het dossier: intern met het team (Driekolommenmodel en schadematrix), met mama en met mama en grootmoeder samen. ' +
        'Bij de tweede mapping stond bij ‘wat gaat goed’ in mama’s woorden: ‘de kinderen gaan elke dag proper en op tijd naar school’. ' +
        'De complicerende factoren (verhuis, ploegendienst van papa, schulden) staan apart, zodat ze de zorg niet overschaduwen. ' +
        'Wat ik de volgende keer anders doe: de mapping met de oudste in kindertaal terugbrengen, dat is er niet van gekomen.',
    },
    reviewer: { score: 8, why: 'Helder, en de evolutie tussen de drie mappings is goed te volgen.' },
  },
  'assessment.zorg': {
    consultant: {
      score: 6,
      why: 'De zorg is omschreven op basis van de schade van het verleden (de jongste werd twee keer ziek opgehaald na een nacht alleen). De context staat er; de erkenning door papa minder.',
    },
    reviewer: {
      score: 5,
      why: 'De schade van het verleden is helder, maar de gevaarsinschatting voor de toekomst blijft vaag: wat kan er gebeuren als er niets verandert?',
    },
  },
  'assessment.samen-met-ouders': {
    consultant: { score: 7, why: 'Mama heeft het plan mee geschreven; de bodemeisen zijn met haar besproken.' },
    reviewer: { score: 7, why: '' },
  },
  'assessment.veiligheidsdoelen': {
    consultant: { score: 7, why: 'De veiligheidsdoelen staan in het dossier en zijn met de ouders overlopen.' },
    reviewer: {
      score: 6,
      why: 'Wat er moet gebeuren om af te sluiten, is voor de ouders nog niet helemaal duidelijk: mama vroeg in maart nog ‘wanneer zijn we van jullie af?’.',
    },
  },
  'assessment.gevaarsboodschap': {
    consultant: {
      score: null,
      na: 'Er was geen acuut gevaar; we werkten met zorgen en veiligheidsdoelen. Een formele gevaarsboodschap vond het team niet nodig – dat staat in het verslag van het procesteam.',
      why: '',
    },
    reviewer: {
      score: 5,
      why: 'Ik begrijp de keuze, maar een korte, gedeelde zorgformulering had de ouders misschien houvast gegeven.',
    },
  },
  'kind.stem': {
    consultant: {
      score: 6,
      why: 'De oudste (9) heb ik drie keer alleen gesproken, op school en thuis. Zijn woorden staan letterlijk in het dossier: ‘Ik wil dat mama niet meer zo moe is.’',
    },
    reviewer: { score: 7, why: 'Sterk. Van de jongste (4) lees ik vooral observaties; dat past bij de leeftijd.' },
  },
  'kind.drie-huizen': {
    consultant: {
      score: 8,
      why: 'Met de oudste de Drie huizen gemaakt; met zijn toestemming gedeeld met mama en grootmoeder.',
    },
    reviewer: {
      score: 8,
      why: 'Amai, chapeau: de Drie huizen van de oudste zitten mooi in het dossier, met zijn tekeningen. Dat hij zelf koos wat gedeeld werd, is een sterk punt.',
    },
  },
  'kind.woord-beeldverhaal': {
    consultant: {
      score: null,
      na: 'Voor de jongste was een woord- en beeldverhaal nog te vroeg; we hebben een kort tekenverhaal met de oudste gemaakt in de plaats.',
      why: '',
    },
    reviewer: {
      score: null,
      na: 'Eens met de consulent: het tekenverhaal met de oudste vervult dezelfde rol.',
      why: '',
    },
  },
  'kind.begrijpt': {
    consultant: {
      score: 5,
      why: 'De oudste weet wie ik ben en wat de grootmoeder doet; of hij begrijpt wat er verandert als we afsluiten, weet ik niet zeker.',
    },
    reviewer: { score: 6, why: '' },
  },
  'kind.ervaring': {
    consultant: {
      score: 3,
      why: 'Niet systematisch gevraagd. Eén keer met de smileykaart, die staat niet in het dossier.',
    },
    reviewer: { score: 4, why: 'Zet die smileykaart er zeker bij: het is er, het staat er alleen niet.' },
  },
  'netwerk.zoeken': {
    consultant: {
      score: 7,
      why: 'Met mama een netwerkcirkel gemaakt. Ze noemde eerst niemand, daarna vijf mensen, onder wie de buurvrouw en de voetbaltrainer van de oudste.',
    },
    reviewer: { score: 8, why: 'Dat ‘eerst niemand, daarna vijf’ toont wat doorvragen oplevert. Mooi beschreven.' },
  },
  'netwerk.geinformeerd': {
    consultant: {
      score: 6,
      why: 'Grootmoeder en buurvrouw zijn geïnformeerd over de zorgen; de voetbaltrainer nog niet.',
    },
    reviewer: { score: 6, why: '' },
  },
  'netwerk.netwerkberaad': {
    consultant: {
      score: 7,
      why: 'Eén netwerkberaad in april; mama koos wie er aan tafel zat. Verslag met afspraken in het dossier.',
    },
    reviewer: { score: 8, why: 'Het verslag is helder en in gewone taal; de ouders kregen het mee naar huis.' },
  },
  'netwerk.veiligheidsplan': {
    consultant: { score: 5, why: 'Er is een eerste veiligheidsplan, maar nog niet getoetst aan een moeilijke week.' },
    reviewer: {
      score: 5,
      why: 'Eens. Een ‘wat als’-scenario voor de nachtdiensten van papa zou het plan sterker maken.',
    },
  },
  'netwerk.duurzaam': {
    consultant: { score: 5, why: 'Het netwerk draagt nu, maar leunt sterk op grootmoeder (72).' },
    reviewer: { score: null, na: 'Te vroeg om te zeggen: het netwerk is pas drie maanden aan de slag.', why: '' },
  },
  overall: {
    consultant: {
      score: 7,
      why:
        'Ik blik met een goed gevoel terug op dit traject. Wat me trots maakt: mama zegt nu zelf wat er goed gaat, en de kinderen hebben een vaste plek bij grootmoeder. ' +
        'Wat beter kan: de kinderen vaker vragen hoe zij het beleven, en het veiligheidsplan samen met het netwerk uittesten vóór we afsluiten.',
    },
    reviewer: {
      score: 8,
      why: 'Een traject waarin je ondanks een moeilijke start bent blijven staan. De basishouding en het werk met het netwerk zijn voorbeelden voor het team.',
    },
  },
};

export const NOTES: Record<string, Partial<Record<NoteColumn, string>>> = {
  [AUDIT_SCOPE]: {
    strengths:
      'De respectvolle, feitelijke taal in alle verslagen, ook in moeilijke weken. De Drie huizen met de oudste, gedeeld met zijn toestemming. ' +
      'Mama noemde eerst niemand en daarna vijf mensen voor haar netwerk: doorvragen loont. Het netwerkberaad in april, met de ouders aan het stuur.',
    worries:
      'Het veiligheidsplan is nog niet getest in een moeilijke week (nachtdiensten van papa). Het netwerk leunt sterk op grootmoeder. ' +
      'We weten te weinig over hoe de kinderen de hulp zelf beleven.',
    next:
      'Een tweede netwerkberaad vóór de zomer, met een ‘wat als’-scenario. De smileykaart met de oudste opnieuw doen en in het dossier zetten. ' +
      'De mapping in kindertaal terugbrengen naar de oudste. Dit dossier in het procesteam tonen als voorbeeld van ĳverig netwerkwerk.',
  },
  basishouding: {
    strengths: 'De toon van de verslagen en de open deur na het conflict met papa.',
    next: 'Tussentijds aan de ouders vragen hoe ze de hulp ervaren, niet pas op het einde.',
  },
  assessment: {
    strengths: 'Drie mappings, met een zichtbare evolutie.',
    worries: 'De toekomstige gevaarsinschatting is nog vaag.',
    next: 'Samen met de ouders één zin formuleren over wat er kan gebeuren als er niets verandert.',
  },
  kind: {
    strengths: 'De stem van de oudste is letterlijk aanwezig.',
    worries: 'De ervaring van de kinderen met de hulp is niet vastgelegd.',
  },
  netwerk: {
    strengths: 'Van nul naar vijf netwerkleden; een helder netwerkberaad.',
    worries: 'Eén persoon (grootmoeder) draagt veel.',
    next: 'De voetbaltrainer informeren, als mama dat wil.',
  },
};

export const AGREED: Record<string, number | null> = { basishouding: 7, assessment: 7, kind: 6, netwerk: null };
