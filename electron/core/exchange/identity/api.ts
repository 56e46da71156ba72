import { z } from 'zod';
import { defineMethod } from '../../kernel/method';
import { enrolmentFile, inspectEnrolment } from './enrolment';
import { enrolmentSheet } from './enrolment-sheet';
import * as partners from './partners';
import {
  checkKeyInput,
  identitySetupInput,
  inspectEnrolmentInput,
  partnerAddInput,
  partnerAddKeyInput,
  partnerListInput,
  partnerRemoveInput,
  replaceKeyInput,
  revokeKeyInput,
} from './schema';
import * as service from './service';

const noInput = z.strictObject({});

/** Exchange between levels, §1: who this office is, its partners and their keys. */
export const exchangeIdentityApi = {
  'exchange.identity.get': defineMethod(noInput, service.getIdentity),
  'exchange.identity.setup': defineMethod(identitySetupInput, service.setupIdentity),
  'exchange.identity.replaceKey': defineMethod(replaceKeyInput, service.replaceKey),
  'exchange.enrolment.sheet': defineMethod(noInput, enrolmentSheet),
  'exchange.enrolment.file': defineMethod(noInput, enrolmentFile),
  'exchange.partners.list': defineMethod(partnerListInput, partners.listPartners),
  'exchange.partners.checkKey': defineMethod(checkKeyInput, partners.checkKey),
  'exchange.partners.inspectEnrolment': defineMethod(inspectEnrolmentInput, inspectEnrolment),
  'exchange.partners.add': defineMethod(partnerAddInput, partners.addPartner),
  'exchange.partners.addKey': defineMethod(partnerAddKeyInput, partners.addPartnerKey),
  'exchange.partners.revokeKey': defineMethod(revokeKeyInput, partners.revokePartnerKey),
  'exchange.partners.remove': defineMethod(partnerRemoveInput, partners.removePartner),
};
