import type { AnyRule, CatalogueKeyOf, RuleDocs } from "../engine/rule";
import addresseeMismatch, { docs as addresseeMismatchDocs } from "./addressee-mismatch";
import attachmentSize, { docs as attachmentSizeDocs } from "./attachment-size";
import attachmentType, { docs as attachmentTypeDocs } from "./attachment-type";
import bccExposure, { docs as bccExposureDocs } from "./bcc-exposure";
import blockedRecipient, { docs as blockedRecipientDocs } from "./blocked-recipient";
import crossOrgExposure, { docs as crossOrgExposureDocs } from "./cross-org-exposure";
import distributionList, { docs as distributionListDocs } from "./distribution-list";
import encryptedArchive, { docs as encryptedArchiveDocs } from "./encrypted-archive";
import externalAttachment, { docs as externalAttachmentDocs } from "./external-attachment";
import externalRecipient, { docs as externalRecipientDocs } from "./external-recipient";
import invalidAddress, { docs as invalidAddressDocs } from "./invalid-address";
import forgottenAttachment, { docs as forgottenAttachmentDocs } from "./forgotten-attachment";
import largeAudience, { docs as largeAudienceDocs } from "./large-audience";
import lookalikeDomain, { docs as lookalikeDomainDocs } from "./lookalike-domain";
import missingSubject, { docs as missingSubjectDocs } from "./missing-subject";
import sensitiveContent, { docs as sensitiveContentDocs } from "./sensitive-content";
import threadNewcomer, { docs as threadNewcomerDocs } from "./thread-newcomer";

/** Every rule, in the order findings are reported, each with its literal id and message ids. */
const shipped = [
  invalidAddress,
  bccExposure,
  crossOrgExposure,
  externalRecipient,
  blockedRecipient,
  lookalikeDomain,
  threadNewcomer,
  addresseeMismatch,
  distributionList,
  largeAudience,
  externalAttachment,
  forgottenAttachment,
  attachmentType,
  encryptedArchive,
  attachmentSize,
  sensitiveContent,
  missingSubject,
];

/** Every rule, in the order findings are reported. */
export const allRules: readonly AnyRule[] = shipped;

/** Every `<rule id>/<message id>` a shipped rule may report: src/check has the compiler find each in the catalogue. */
export type ShippedMessageId = CatalogueKeyOf<(typeof shipped)[number]>;
/** The shipped rules' ids. */
export type ShippedRuleId = (typeof shipped)[number]["id"];

export function ruleById(id: string): AnyRule | undefined {
  return allRules.find((rule) => rule.id === id);
}

/** Each rule's description by id: read by the docs and the JSON Schema, never by the engine. */
export const ruleDocs: Readonly<Record<string, RuleDocs>> = {
  "addressee-mismatch": addresseeMismatchDocs,
  "attachment-size": attachmentSizeDocs,
  "attachment-type": attachmentTypeDocs,
  "bcc-exposure": bccExposureDocs,
  "blocked-recipient": blockedRecipientDocs,
  "cross-org-exposure": crossOrgExposureDocs,
  "distribution-list": distributionListDocs,
  "encrypted-archive": encryptedArchiveDocs,
  "external-attachment": externalAttachmentDocs,
  "external-recipient": externalRecipientDocs,
  "forgotten-attachment": forgottenAttachmentDocs,
  "invalid-address": invalidAddressDocs,
  "large-audience": largeAudienceDocs,
  "lookalike-domain": lookalikeDomainDocs,
  "missing-subject": missingSubjectDocs,
  "sensitive-content": sensitiveContentDocs,
  "thread-newcomer": threadNewcomerDocs,
};
