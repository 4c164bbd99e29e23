// The region's default sub-regions (LACRALO's usual split; editable in the Countries tab).
export const SUBREGIONS = ['caribbean', 'central-america-mexico', 'south-america'] as const
export type Subregion = (typeof SUBREGIONS)[number]
