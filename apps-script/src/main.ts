// The add-on's entry points, kept global by the build.
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Validate', 'validateWorkbook').addToUi()
}
