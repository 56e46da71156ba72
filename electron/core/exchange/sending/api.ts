import { z } from 'zod';
import { defineMethod } from '../../kernel/method';
import { answerIncoming, listIncoming } from './answers';
import { createSend, downloadBundle, listOutbox, previewSend } from './build';
import { receiveDown } from './receive-down';
import { bundleIdInput, incomingAnswerInput, incomingListInput, receiveDownInput, sendInput } from './schema';

/** The sending office's API methods (spread into api/contract.ts). */
export const exchangeSendingApi = {
  'exchange.send.preview': defineMethod(sendInput, previewSend),
  'exchange.send.create': defineMethod(sendInput, createSend),
  'exchange.outbox.list': defineMethod(z.strictObject({}), listOutbox),
  'exchange.bundle.download': defineMethod(bundleIdInput, downloadBundle),
  'exchange.down.receive': defineMethod(receiveDownInput, receiveDown),
  'exchange.incoming.list': defineMethod(incomingListInput, listIncoming),
  'exchange.incoming.answer': defineMethod(incomingAnswerInput, answerIncoming),
};
