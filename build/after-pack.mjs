// electron-builder `afterPack` hook: flips Electron's fuses on the packaged executable, then reads them back.
// One mechanism only (not `build.electronFuses` as well): the hook both sets and verifies the fuses, so a
// package whose executable could not be flipped fails the build instead of shipping with Electron's defaults.
// It uses electron-builder's own `addElectronFuses` (its bundled @electron/fuses) and runs before signing.
import path from 'node:path';
// CommonJS package: take the named parts from its default export.
import fuses from '@electron/fuses';

const { FuseV1Options, FuseVersion, getCurrentFuseWire } = fuses;

// The wire stores each fuse as an ASCII digit ('1' on, '0' off); @electron/fuses does not export these.
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

/** What the office program needs: no Node mode, no debugger or NODE_OPTIONS, code only from a checked app.asar. */
export const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // file:// pages get no extra powers (we serve app:// only); cookies are encrypted with the OS key store.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  await context.packager.addElectronFuses(context, { version: FuseVersion.V1, ...FUSES });
  const wire = await getCurrentFuseWire(executablePath(context));
  for (const [option, wanted] of Object.entries(FUSES)) {
    const expected = wanted ? ON : OFF;
    if (wire[option] !== expected) {
      throw new Error(`Electron fuse ${FuseV1Options[option]} is not ${wanted ? 'on' : 'off'} after flipping`);
    }
  }
}
