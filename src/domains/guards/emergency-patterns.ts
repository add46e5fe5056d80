import { phrasePattern } from "./fold-text.ts";
import type { EmergencyCategory } from "./input-verdict.ts";

/**
 * Phrases that signal someone may be in danger now, per category, in the six service languages (folded: no
 * accents, lowercase). They lean towards recall: a false alarm shows emergency numbers to someone who did not
 * need them and puts the case first in a person's queue; a miss could leave someone in danger talking to a
 * form. Single words that civil services see every day in a harmless sense ("death" in death certificates,
 * "violence" in a grant name) are avoided; phrases in the first person or about a present threat are used.
 */
export const EMERGENCY_PATTERNS: readonly { category: EmergencyCategory; pattern: RegExp }[] = [
  {
    category: "self-harm",
    // Lookbehinds keep "he is going to kill me" (violence) apart from "kill myself" where a language uses the
    // same words for both ("me matar", "me tuer", "matarme", "mich umbringen").
    pattern: phrasePattern([
      // en
      "suicide|suicidal|kill myself|killing myself|end my life|ending my life|take my (?:own )?life|want to die|wanna die|better off dead|don't want to (?:live|be alive)|no reason to live|hurt(?:ing)? myself|harm(?:ing)? myself|self-harm|self harm|cut(?:ting)? myself|overdos(?:e|ing) on purpose",
      // fr
      "suicide|suicidaire|me suicider|(?<!(?:va|veut|vont|menace de) )me tuer|mettre fin a (?:mes jours|ma vie)|en finir avec la vie|envie de mourir|veux mourir|me faire du mal|me mutiler|automutilation",
      // es
      "suicidio|suicida|suicidarme|(?<!(?:quiere|va a|van a|amenaza con|amenazo con) )matarme|quitarme la vida|acabar con mi vida|quiero morir(?:me)?|ganas de morir|hacerme dano|autolesion(?:es|arme)?|cortarme",
      // de
      "selbstmord|suizid|suizidal|(?<!(?:er|sie|man) (?:will|wird|droht) |(?:wird|droht|will) (?:er|sie|man) )mich umbringen|mir das leben nehmen|will sterben|mochte sterben|nicht mehr leben|mir etwas antun|mich selbst verletzen|selbstverletzung|mich ritzen",
      // pt
      "suicidio|suicidar|(?<!(?:vai|quer|vao|ameaca|ameacou) )me matar|matar-me|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?minha vida|quero morrer|vontade de morrer|me machucar|me ferir|automutilacao|me cortar",
      // ar (folded)
      "انتحار|انتحر|اقتل نفسي|انهي حياتي|اريد ان اموت|اريد الموت|اوذي نفسي|ايذاء نفسي|اجرح نفسي",
    ]),
  },
  {
    category: "medical",
    pattern: phrasePattern([
      "heart attack|chest pains?|can(?:no|')t breathe|cannot breathe|struggling to breathe|not breathing|stopped breathing|(?:having|had) a stroke|unconscious|passed out and|won't wake up|(?:having|had|has) a seizure|seizures|bleeding (?:heavily|a lot|badly|won't stop)|severe bleeding|overdose|overdosed|anaphyla(?:xis|ctic)|poisoned|choking|call an ambulance|need an ambulance",
      "crise cardiaque|infarctus|douleurs? (?:a|dans) la poitrine|(?:je n'arrive|il n'arrive|elle n'arrive) pas a respirer|ne respire plus|avc|inconscient|inconsciente|crise d'epilepsie|convulsions?|saigne (?:beaucoup|abondamment)|hemorragie|surdose|overdose|empoisonne|appelez une ambulance|besoin d'une ambulance",
      "ataque (?:al corazon|cardiaco)|infarto|dolor (?:en el|de) pecho|no (?:puedo|puede) respirar|no respira|derrame cerebral|ictus|inconsciente|convulsion(?:es)?|sangrando mucho|hemorragia|sobredosis|envenenad[oa]|llamen a una ambulancia|necesito una ambulancia",
      "herzinfarkt|brustschmerzen|schmerzen in der brust|(?:kann|kann er|kann sie) nicht (?:mehr )?atmen|bekomme keine luft|atmet nicht|schlaganfall|bewusstlos|krampfanfall|blutet (?:stark|sehr)|starke blutung|uberdosis|vergiftet|krankenwagen|notarzt",
      "ataque cardiaco|infarto|dor no peito|nao (?:consigo|consegue) respirar|nao respira|avc|derrame|inconsciente|convulsao|convulsoes|sangrando muito|hemorragia|overdose|envenenad[oa]|chamem uma ambulancia|preciso de uma ambulancia",
      "نوبة قلبية|جلطة|الم في الصدر|لا استطيع التنفس|لا يتنفس|فاقد الوعي|فقد الوعي|نزيف|جرعة زائدة|تسمم|اسعاف",
    ]),
  },
  {
    category: "violence",
    pattern: phrasePattern([
      "(?:going|trying|threaten(?:ed|ing|s)?) to kill (?:me|us|my)|will kill (?:me|us)|threatening (?:me|us)|(?:he|she|they) (?:hits|beats|hit|beat|attacked|is attacking|are attacking) (?:me|us|my)|being (?:attacked|beaten|followed|stalked|abused)|domestic (?:violence|abuse)|i am in danger|i'm in danger|we are in danger|not safe at home|has a (?:gun|knife|weapon)|kidnapped|held against my will|break(?:ing)? into my (?:house|home|flat|apartment)",
      "(?:va|veut) me tuer|menace de (?:me|nous) tuer|me (?:frappe|bat)|violences? (?:conjugales?|domestiques?)|je suis en danger|nous sommes en danger|pas en securite chez moi|a une arme|a un couteau|(?:j'ai ete|on m'a) (?:enleve|enlevee|kidnappe|kidnappee)|je suis sequestree?",
      "(?:va|quiere) matarme|amenaza con matar(?:me|nos)|me (?:pega|golpea)|violencia (?:domestica|de genero|machista)|estoy en peligro|estamos en peligro|no estoy segur[oa] en casa|tiene un (?:arma|cuchillo|pistola)|secuestrad[oa]",
      "(?:will|wird) mich umbringen|bringt mich um|droht (?:mich|mir|uns) (?:umzubringen|zu toten)|schlagt mich|hausliche gewalt|ich bin in gefahr|wir sind in gefahr|zu hause nicht sicher|hat eine (?:waffe|pistole)|hat ein messer|entfuhrt",
      "(?:vai|quer) me matar|ameaca me matar|ameacou me matar|me (?:bate|agride)|violencia domestica|estou em perigo|estamos em perigo|nao estou segur[oa] em casa|tem uma (?:arma|faca)|sequestrad[oa]",
      "سيقتلني|يريد قتلي|يهددني|يضربني|عنف منزلي|عنف اسري|انا في خطر|نحن في خطر|معه سلاح|معه سكين|مختطف",
    ]),
  },
  {
    // Someone without a roof tonight needs a person now, not a drafted answer about forms.
    category: "homelessness",
    pattern: phrasePattern([
      "(?:sleeping|sleep|living) (?:on|in) the streets?|sleeping rough|nowhere to (?:sleep|stay|go) tonight|nowhere to (?:sleep|stay)|(?:i am|i'm|we are|we're) homeless|(?:evicted|thrown out|kicked out) (?:today|tonight|this (?:morning|evening))|no roof (?:tonight|over (?:my|our) heads?)",
      "(?:je dors|dormir|nous dormons) dans la rue|a la rue (?:ce soir|depuis)|nulle part ou dormir|sans abri ce soir|je suis sans (?:abri|domicile)|(?:expulse|expulsee|mis dehors) (?:aujourd'hui|ce soir)",
      "(?:duermo|dormir|dormimos) en la calle|no tengo donde dormir|sin techo esta noche|estoy sin hogar|(?:desahuciad[oa]|echad[oa]) (?:hoy|esta noche)",
      "(?:schlafe|schlafen) auf der strasse|kein dach uber dem kopf|weiss nicht,? wo ich heute (?:nacht|abend) schlafen|ich bin obdachlos|heute (?:zwangsgeraumt|rausgeworfen)",
      "(?:durmo|dormir|dormimos) na rua|nao tenho onde dormir|sem teto esta noite|estou sem abrigo|estou em situacao de rua|(?:despejad[oa]|expuls[oa]) hoje",
      "انام في الشارع|لا مكان لانام|بلا مأوى|مشرد الليلة|طردت من بيتي اليوم",
    ]),
  },
];
