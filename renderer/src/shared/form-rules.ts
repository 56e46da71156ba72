import { vi } from '../messages/vi';

/** A field that must be filled (a picked value, a date, a number). */
export const requiredRule = [{ required: true, message: vi.common.required }];

/** A text field that must hold more than white space. */
export const requiredText = [{ required: true, whitespace: true, message: vi.common.required }];
