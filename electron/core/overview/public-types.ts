/** The overview's types the renderer may import (re-exported by api/contract.ts). */
export {};
