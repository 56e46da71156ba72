/** The office templates' types the renderer may import (re-exported by api/contract.ts). */
export {};
