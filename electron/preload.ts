import { contextBridge, ipcRenderer } from 'electron';

// The renderer's only door to the core: one function, one channel, no Node, no ipcRenderer object;
// plus the desktop's file dialogs, which return a path and nothing else.
// Compiled to CommonJS because sandboxed preloads cannot be ES modules.
contextBridge.exposeInMainWorld('qsdp', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('qsdp:invoke', method, input),
  pick: (kind: 'folder' | 'backupFile') => ipcRenderer.invoke('qsdp:pick', kind),
});
