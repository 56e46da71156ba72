; Included by electron-builder's NSIS script (package.json → build.nsis.include).
; Uninstalling never touches the office's data (build.nsis.deleteAppDataOnUninstall is false); tell the user where
; it stays. Skipped during an upgrade, where the old version is uninstalled silently before the new one is copied.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    MessageBox MB_OK|MB_ICONINFORMATION "Dữ liệu của QSĐP (cơ sở dữ liệu, bản sao lưu, nhật ký) vẫn được giữ lại trong thư mục:$\r$\n%APPDATA%\QSĐP$\r$\n$\r$\nCài lại chương trình sẽ dùng tiếp dữ liệu này. Muốn xoá hẳn thì xoá thư mục đó bằng tay." /SD IDOK
  ${endIf}
!macroend
