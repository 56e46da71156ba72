import { contextBridge, ipcRenderer } from 'electron';

// The renderer's only door to the core: one function, one channel, no Node, no ipcRenderer object.
// Compiled to CommonJS because sandboxed preloads cannot be ES modules.
contextBridge.exposeInMainWorld('qsdp', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('qsdp:invoke', method, input),
});
