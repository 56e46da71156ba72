import { defineMethod } from '../../kernel/method';
import { sampleTemplate } from './sample';
import { idInput, inspectInput, kindInput, listInput, setActiveInput, uploadInput } from './schema';
import * as templates from './service';

/** The office templates' API methods (spread into api/contract.ts). */
export const templatesApi = {
  'documents.template.vocabulary': defineMethod(kindInput, (_ctx, input) => templates.vocabularyOf(input.kind)),
  'documents.template.inspect': defineMethod(inspectInput, templates.inspect),
  'documents.template.upload': defineMethod(uploadInput, templates.upload),
  'documents.template.list': defineMethod(listInput, templates.list),
  'documents.template.setActive': defineMethod(setActiveInput, templates.setActive),
  'documents.template.download': defineMethod(idInput, templates.download),
  'documents.template.sample': defineMethod(kindInput, (_ctx, input) => sampleTemplate(input.kind)),
};
