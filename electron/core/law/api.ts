import { defineMethod } from '../kernel/method';
import { registerInput } from './schema';
import { legalRegister } from './service';

/** The legal register's API methods (spread into api/contract.ts). */
export const lawApi = {
  'law.register': defineMethod(registerInput, legalRegister),
};
