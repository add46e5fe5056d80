import type { LocalizedText } from "./questionnaire.ts";

/** A duty the EU AI Act places on a deployer, with the articles it comes from. */
export interface EuObligation {
  id: EuObligationId;
  articles: string[];
  title: LocalizedText;
}

export type EuObligationId =
  | "eu.art4.ai_literacy"
  | "eu.art5.prohibited"
  | "eu.art26.use_as_instructed"
  | "eu.art26.human_oversight"
  | "eu.art26.input_data"
  | "eu.art26.monitoring"
  | "eu.art26.serious_incidents"
  | "eu.art26.logging"
  | "eu.art26.inform_workers"
  | "eu.art26.inform_persons"
  | "eu.art49.registration"
  | "eu.art27.fria"
  | "eu.art86.explanation"
  | "eu.art50.ai_interaction"
  | "eu.art50.synthetic_content"
  | "eu.art50.emotion_biometric_notice"
  | "eu.art50.public_interest_text";

// Summaries of Regulation (EU) 2024/1689 as it applies to a public deployer.
export const euObligations: Readonly<Record<EuObligationId, EuObligation>> = {
  "eu.art4.ai_literacy": {
    id: "eu.art4.ai_literacy",
    articles: ["Art. 4"],
    title: {
      en: "Staff who use the system have sufficient AI literacy",
      fr: "Le personnel qui utilise le système possède une maîtrise suffisante de l'IA",
    },
  },
  "eu.art5.prohibited": {
    id: "eu.art5.prohibited",
    articles: ["Art. 5"],
    title: {
      en: "Prohibited practice: the system must not be put into service or used",
      fr: "Pratique interdite : le système ne doit pas être mis en service ni utilisé",
    },
  },
  "eu.art26.use_as_instructed": {
    id: "eu.art26.use_as_instructed",
    articles: ["Art. 26(1)"],
    title: {
      en: "Use the system in accordance with the provider's instructions for use",
      fr: "Utiliser le système conformément à la notice d'utilisation du fournisseur",
    },
  },
  "eu.art26.human_oversight": {
    id: "eu.art26.human_oversight",
    articles: ["Art. 26(2)", "Art. 14"],
    title: {
      en: "Human oversight by competent, trained people with the necessary authority",
      fr: "Contrôle humain par des personnes compétentes, formées et dotées de l'autorité nécessaire",
    },
  },
  "eu.art26.input_data": {
    id: "eu.art26.input_data",
    articles: ["Art. 26(4)"],
    title: {
      en: "Input data is relevant and sufficiently representative for the intended purpose",
      fr: "Les données d'entrée sont pertinentes et suffisamment représentatives au regard de la destination",
    },
  },
  "eu.art26.monitoring": {
    id: "eu.art26.monitoring",
    articles: ["Art. 26(5)"],
    title: {
      en: "Monitor operation and suspend use when it presents a risk",
      fr: "Surveiller le fonctionnement et suspendre l'utilisation en cas de risque",
    },
  },
  "eu.art26.serious_incidents": {
    id: "eu.art26.serious_incidents",
    articles: ["Art. 26(5)", "Art. 73"],
    title: {
      en: "Report serious incidents to the provider and the authorities",
      fr: "Signaler les incidents graves au fournisseur et aux autorités",
    },
  },
  "eu.art26.logging": {
    id: "eu.art26.logging",
    articles: ["Art. 26(6)"],
    title: {
      en: "Keep the automatically generated logs for at least six months",
      fr: "Conserver les journaux générés automatiquement pendant au moins six mois",
    },
  },
  "eu.art26.inform_workers": {
    id: "eu.art26.inform_workers",
    articles: ["Art. 26(7)"],
    title: {
      en: "Inform workers' representatives and affected workers before use at the workplace",
      fr: "Informer les représentants des travailleurs et les travailleurs concernés avant l'utilisation sur le lieu de travail",
    },
  },
  "eu.art26.inform_persons": {
    id: "eu.art26.inform_persons",
    articles: ["Art. 26(11)"],
    title: {
      en: "Tell people that a high-risk system makes or assists decisions about them",
      fr: "Informer les personnes qu'un système à haut risque prend des décisions les concernant ou y contribue",
    },
  },
  "eu.art49.registration": {
    id: "eu.art49.registration",
    articles: ["Art. 26(8)", "Art. 49"],
    title: {
      en: "Public authority: register the use in the EU database before putting into service",
      fr: "Autorité publique : enregistrer l'utilisation dans la base de données de l'UE avant la mise en service",
    },
  },
  "eu.art27.fria": {
    id: "eu.art27.fria",
    articles: ["Art. 27"],
    title: {
      en: "Fundamental-rights impact assessment before first use",
      fr: "Analyse d'impact sur les droits fondamentaux avant la première utilisation",
    },
  },
  "eu.art86.explanation": {
    id: "eu.art86.explanation",
    articles: ["Art. 86"],
    title: {
      en: "Give affected persons an explanation of individual decisions on request",
      fr: "Fournir aux personnes concernées, sur demande, une explication des décisions individuelles",
    },
  },
  "eu.art50.ai_interaction": {
    id: "eu.art50.ai_interaction",
    articles: ["Art. 50(1)"],
    title: {
      en: "Tell people they are interacting with an AI system",
      fr: "Informer les personnes qu'elles interagissent avec un système d'IA",
    },
  },
  "eu.art50.synthetic_content": {
    id: "eu.art50.synthetic_content",
    articles: ["Art. 50(2)"],
    title: {
      en: "AI-generated content is marked as such in a machine-readable way",
      fr: "Le contenu généré par l'IA est marqué comme tel dans un format lisible par machine",
    },
  },
  "eu.art50.emotion_biometric_notice": {
    id: "eu.art50.emotion_biometric_notice",
    articles: ["Art. 50(3)"],
    title: {
      en: "Inform people exposed to emotion recognition or biometric categorisation",
      fr: "Informer les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique",
    },
  },
  "eu.art50.public_interest_text": {
    id: "eu.art50.public_interest_text",
    articles: ["Art. 50(4)"],
    title: {
      en: "Disclose AI-generated text published to inform the public",
      fr: "Signaler le texte généré par l'IA publié pour informer le public",
    },
  },
};
