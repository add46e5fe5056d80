import { phrasePattern } from "./fold-text.ts";

/**
 * Pattern families for prompt injection, in the six service languages. Each family names a technique,
 * not a known attack sentence: overriding earlier instructions, extracting the system prompt, switching the
 * assistant's role, smuggling chat-format delimiters, and dictating the exact output.
 *
 * `weight` 1 means the family alone is enough to hand off; 0.5 families ("pretend you are", "from now on")
 * are common in harmless requests and only count together with another signal.
 */
export type InjectionPattern = { family: string; weight: 1 | 0.5; pattern: RegExp };

// Shared vocabulary, folded (no accents), as regex fragments.
const EN_EARLIER =
  "(?:previous|prior|preceding|above|earlier|former|foregoing|initial|original|old|existing|system)";
const EN_RULES =
  "(?:instructions?|prompts?|rules|directions|directives|guidelines|tasks?|assignments?|orders|commands|context|constraints|restrictions|programming|information)";

export const INJECTION_PATTERNS: readonly InjectionPattern[] = [
  {
    family: "override-instructions",
    weight: 1,
    pattern: phrasePattern([
      // en
      `(?:ignore|disregard|forget|skip|bypass|override|overwrite|drop|abandon|neglect|remove|leave) (?:about |all |any |every |of |the |your |my |these |those )*(?:${EN_EARLIER} )+(?:and \\w+ )?${EN_RULES}`,
      `(?:ignore|disregard|forget) (?:about )?(?:all|any|every) (?:of )?(?:the |your |my )?${EN_RULES}`,
      `(?:ignore|disregard|forget) (?:all |any |every |the |your )*${EN_RULES} (?:above|before|so far|you (?:were|have been) given)`,
      "(?:ignore|disregard|forget) (?:about )?(?:all |everything )(?:(?:that |what )?(?:i|you|we) (?:said|told|wrote|were told)|above|before|so far|previously|until now)",
      "(?:ignore|disregard|forget) everything",
      "(?:ignore|disregard|forget) (?:the |all )?(?:above|previous|preceding)",
      "do not (?:follow|obey) (?:your|the|any) (?:previous |prior |original )?(?:instructions|rules|guidelines)",
      // de
      "(?:ignoriere|ignorieren sie|ignorier|vergiss|vergessen sie|missachte|uberschreibe) (?:bitte |nun |jetzt |einfach )*(?:alle |die |deine |ihre |samtliche |jegliche )*(?:vorherigen |vorigen |bisherigen |obigen |vorangegangenen |vorangehenden |fruheren |ursprunglichen |alten )+(?:anweisungen|instruktionen|befehle|aufgaben|auftrage|regeln|vorgaben|informationen|angaben)",
      "(?:die |alle )?(?:obigen|vorherigen|bisherigen|vorangegangenen) (?:anweisungen|instruktionen|ausfuhrungen|angaben|aufgaben|informationen) (?:ignorieren|vergessen|missachten)",
      "(?:ignoriere|ignorieren sie|vergiss|vergessen sie) (?:bitte |nun |jetzt |einfach )*(?:alle |die |deine |ihre )*(?:anweisungen|instruktionen|befehle|aufgaben|auftrage|regeln|vorgaben)",
      "(?:vergiss|vergessen sie|ignoriere|ignorieren sie) (?:bitte )?alles(?: (?:davor|zuvor|bisherige|bisher|vorher|oben|was))?",
      // fr
      "(?:ignore|ignorez|oublie|oubliez|neglige|negligez|contourne) (?:toutes |tout |les |tes |vos |ces )*(?:instructions|consignes|regles|directives|taches|ordres)(?: (?:precedentes|anterieures|ci-dessus|initiales|d'origine))?",
      "(?:oublie|oubliez|ignore|ignorez) tout(?: ce (?:qui precede|que je t'ai dit|que l'on t'a dit))?",
      // es
      "(?:ignora|ignore|ignoren|olvida|olvide|olviden|omite|descarta) (?:todas |todo |las |tus |sus |estas )*(?:instrucciones|indicaciones|reglas|directrices|tareas|ordenes)(?: (?:anteriores|previas|de arriba|iniciales|originales))?",
      "(?:olvida|olvide|ignora|ignore) todo(?: lo (?:anterior|que te dije|dicho))?",
      // pt
      "(?:ignore|ignora|ignorem|esqueca|esquece|esquecam|descarte|desconsidere) (?:todas |tudo |as |suas |tuas |estas )*(?:instrucoes|orientacoes|regras|diretrizes|tarefas|ordens)(?: (?:anteriores|previas|acima|iniciais|originais))?",
      "(?:esqueca|esquece|ignore|ignora) tudo(?: (?:o que (?:eu )?(?:disse|foi dito)|acima|antes))?",
      // ar (folded: hamza forms reduced to bare alif)
      "(?:تجاهل|انس|انسى|اهمل|تخط) (?:كل |جميع )?(?:التعليمات|الاوامر|القواعد|الارشادات|المهام|ما سبق|كل شيء)",
    ]),
  },
  {
    family: "reveal-system-prompt",
    weight: 1,
    pattern: phrasePattern([
      "(?:reveal|show|print|display|output|repeat|recite|return|leak|dump|spell out|tell me|give me|share|write (?:out|down)|what (?:is|are|was|were)) (?:me )?(?:all )?(?:of )?(?:your|the|this|its) (?:full |complete |exact |entire |whole |original |initial |hidden |secret |internal |confidential )*(?:system prompt|system message|prompt|instructions|initial instructions|guidelines|rules|configuration|hidden prompt)(?! (?:for|to|on|about) )",
      "(?:system|initial|hidden|secret|original) prompt",
      "(?:beginning|start|top) of (?:this|the|your) (?:prompt|conversation|instructions)",
      "(?:this|the|your) prompt (?:above|text)",
      "(?:prompt-text|prompttext|anfang (?:dieses|des) prompts)",
      "(?:repeat|print|output) (?:the |all )?(?:text|words|everything) (?:above|before)",
      "(?:zeig|zeige|zeigen sie|gib|geben sie|nenne|verrate|wiederhole) (?:mir )?(?:deinen|deine|den|die|ihren|ihre) (?:system ?prompt|prompt|anweisungen|instruktionen|systemnachricht)",
      "(?:montre|montrez|affiche|affichez|revele|revelez|repete|repetez|donne|donnez)(?:-moi)? (?:moi )?(?:ton|votre|le|tes|vos|les) (?:prompt|invite systeme|instructions|consignes)(?: (?:systeme|initiales|cachees))?",
      "(?:muestra|muestrame|muestreme|revela|revelame|repite|dime|dame) (?:tu|su|el|tus|sus|las) (?:prompt|instrucciones)(?: (?:del sistema|de sistema|iniciales|ocultas))?",
      "(?:mostre|mostra|revele|revela|repita|repete|diga|me de) (?:o seu|o teu|seu|teu|o|as suas|suas|as) (?:prompt|instrucoes)(?: (?:do sistema|iniciais|ocultas))?",
      "(?:اظهر|اكشف|اعرض|كرر) (?:لي )?(?:التعليمات|موجه النظام|رسالة النظام)",
    ]),
  },
  {
    family: "jailbreak-persona",
    weight: 1,
    pattern: phrasePattern([
      // The bare word "jailbreak" is a topic (phones, consoles); these are the modes people ask a model to enter.
      "(?:dan mode|do anything now|developer mode|dev mode|god mode|jailbreak mode|unfiltered mode)",
      "(?:evil|malicious|bose|boshafte|malvada|malvado|mechante|malefique|ma|mau) (?:assistant|ai|bot|ki|ia|assistent|assistente|asistente)",
      "(?:without|no|free of|ignore (?:your|all)) (?:any )?(?:ethical |moral |content |safety )?(?:restrictions|filters|limitations|guidelines|censorship|rules)(?: whatsoever)?",
      "(?:you are|you're) (?:now )?(?:no longer|not) (?:an? )?(?:ai|assistant|language model|bound by)",
      "(?:stay|remain) in character",
      "(?:ohne|keine) (?:jegliche |ethischen |moralischen )*(?:einschrankungen|filter|regeln|zensur)",
      "(?:sans|aucune) (?:aucune )?(?:restrictions?|filtres?|limites|censure)",
      "(?:sin|ninguna) (?:ninguna )?(?:restricciones|filtros|limites|censura)",
      "(?:sem|nenhuma) (?:nenhuma )?(?:restricoes|filtros|limites|censura)",
    ]),
  },
  {
    // Giving the assistant a new identity: a service assistant has one role, set by the institution.
    family: "persona-assignment",
    weight: 1,
    pattern: phrasePattern([
      "(?:from now on|starting now|henceforth|for the rest of this conversation),? you(?:'ll| will| are| must| shall)",
      "(?:you are now|now you are|you will now be|you will act as|i want you to act as|i want you to be|pretend (?:to be|you are|that you are)|roleplay as|role-play as)",
      "(?:ab (?:jetzt|sofort|nun)|von nun an) (?:bist du|wirst du|sollst du|musst du|antwortest du)",
      "(?:du bist (?:jetzt|nun|ab sofort)|jetzt bist du|nun bist du|stell dir vor,? du bist|tu so,? als (?:ob|warst)|ich mochte,? dass (?:du|sie) als)",
      "(?:a partir de maintenant|desormais|dorenavant),? (?:tu es|vous etes|tu seras|vous serez|tu vas|vous allez)",
      "(?:tu es maintenant|vous etes maintenant|fais semblant d'etre|faites semblant d'etre|je veux que tu agisses comme|je veux que vous agissiez comme)",
      "(?:a partir de ahora|desde ahora),? (?:eres|seras|vas a ser)",
      "(?:ahora eres|ahora usted es|finge ser|finja ser|quiero que actues como|quiero que actue como)",
      "(?:a partir de agora|de agora em diante),? (?:voce e|voce sera|tu es|tu seras)",
      "(?:agora voce e|agora tu es|finja ser|finge ser|quero que voce atue como|quero que voce aja como)",
      "(?:من الان فصاعدا انت|انت الان|تظاهر بانك)",
    ]),
  },
  {
    // Pivots that, alone, are ordinary speech ("act as my representative", "a new task for the team") but
    // together with another signal show someone steering the model away from its task.
    family: "task-pivot",
    weight: 0.5,
    pattern: phrasePattern([
      "(?:act as|play the role of|imagine you are|behave like|stay in (?:their|your|his|her) roles?|absorbed in (?:your|the|his|her) role)",
      "(?:a |the |your |my )?new (?:task|tasks|instructions?|role|goal|assignment|challenge)",
      "(?:further|new|more|other) (?:tasks|instructions) (?:follow|are followed|will follow)",
      "(?:start|begin) (?:over|again|from (?:the )?(?:front|scratch|beginning))",
      "(?:stop everything|(?:attention|achtung|atencion) (?:stop|stopp|para))",
      "(?:neue|deine neue|ihre neue|weitere|neuen) (?:aufgabe|aufgaben|anweisung|anweisungen|rolle|herausforderung)",
      "(?:fangen sie|fang|beginnen wir|starten wir) (?:von vorne|von neu|neu)",
      "(?:agis comme|agissez comme|joue le role|jouez le role|nouvelle tache|nouvelles instructions|nouvelles consignes)",
      "(?:actua como|actue como|nueva tarea|nuevas instrucciones|empecemos de nuevo)",
      "(?:aja como|atue como|nova tarefa|novas instrucoes|vamos recomecar)",
      "(?:مهمتك الجديدة|مهمة جديدة|تعليمات جديدة)",
    ]),
  },
  {
    // Pointing at the instructions that came before, usually to discard them with a softer verb.
    family: "prior-instructions-reference",
    weight: 0.5,
    pattern: phrasePattern([
      `(?:all |the )+(?:${EN_EARLIER} )+${EN_RULES}`,
      "(?:alle |die )+(?:vorherigen|bisherigen|obigen|vorangegangenen) (?:anweisungen|aufgaben|angaben|informationen|instruktionen)",
      "(?:toutes |les )+(?:instructions|consignes|taches) (?:precedentes|anterieures)",
      "(?:todas |las )+(?:instrucciones|tareas|indicaciones) (?:anteriores|previas)",
      "(?:todas |as )+(?:instrucoes|tarefas|orientacoes) (?:anteriores|previas)",
    ]),
  },
  {
    family: "delimiter-injection",
    weight: 1,
    // Chat-template and markup delimiters a citizen has no reason to type.
    pattern:
      /<\/?\s*(?:system|assistant|user|instructions?|im_start|im_end|s|sys|\|im_start\||\|im_end\||\|system\||\|endoftext\|)\s*>|<\|[a-z_]+\|>|\[\/?(?:inst|sys|system)\]|<<\s*\/?sys\s*>>|^\s*#{2,}\s*(?:system|instruction|new instructions?)\b|```\s*system|\b(?:begin|end) (?:of )?(?:system )?(?:prompt|instructions)\b|^\s*(?:system|assistant)\s*:/mu,
  },
  {
    family: "output-dictation",
    weight: 0.5,
    pattern: phrasePattern([
      "(?:say|print|write|output|respond with|reply with|answer with|return) (?:only |just |exactly |simply )?[\"'“«][^\"'”»]{1,60}[\"'”»]",
      "(?:sag|sage|schreibe|schreib|antworte mit|gib aus) (?:nur |einfach |genau )?[\"'“„«][^\"'”“»]{1,60}[\"'”“»]",
      "(?:dis|dites|ecris|ecrivez|reponds|repondez)(?: seulement| uniquement)? [\"'“«][^\"'”»]{1,60}[\"'”»]",
      "(?:di|diga|escribe|escreva|responde|responda)(?: solo| apenas| somente)? [\"'“«][^\"'”»]{1,60}[\"'”»]",
    ]),
  },
];
