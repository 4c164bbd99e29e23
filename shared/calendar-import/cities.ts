// Cities people name in event titles ("IX Forum Porto Alegre"), with the country each is in.

/*
 * Purpose: when a calendar row has no country, the import suggests one from its title; a
 * title often names only the city. This list is for that suggestion alone (always shown to a
 * person to confirm), not a gazetteer. It holds the region's capitals and the cities where
 * its Internet meetings are usually held (IX Forum, LACNIC, CaribNOG, IGF, ICANN). Names are
 * compared as country names are (countryNameKey: no accents, case or dots), so "Cancun" and
 * "Washington D.C." match "Cancún" and "Washington DC".
 *
 * Left out on purpose: names shared by places in two countries of the region or with a common
 * word (Santiago, San José, Santa Cruz, Córdoba, San Juan, Salvador, Natal, Granada). Mérida
 * is Mexico's: the one in Venezuela comes with "Venezuela" in the title, and a country named in
 * the title wins over a city. Los Angeles and Washington DC are ICANN's own places (its
 * headquarters, ICANN77) and map to the United States: an event's country may be outside the
 * region, it then has no sub-region.
 */
export const CITIES: readonly { name: string; country: string }[] = [
  { name: 'Cancún', country: 'MX' },
  { name: 'Mérida', country: 'MX' },
  { name: 'Mexico City', country: 'MX' },
  { name: 'Ciudad de México', country: 'MX' },
  { name: 'Guadalajara', country: 'MX' },
  { name: 'Monterrey', country: 'MX' },
  { name: 'Puerto Vallarta', country: 'MX' },
  { name: 'Tegucigalpa', country: 'HN' },
  { name: 'San Pedro Sula', country: 'HN' },
  { name: 'Guatemala City', country: 'GT' },
  { name: 'Ciudad de Guatemala', country: 'GT' },
  { name: 'San Salvador', country: 'SV' },
  { name: 'Managua', country: 'NI' },
  { name: 'Panama City', country: 'PA' },
  { name: 'Ciudad de Panamá', country: 'PA' },
  { name: 'Belmopan', country: 'BZ' },
  { name: 'Belize City', country: 'BZ' },
  { name: 'Havana', country: 'CU' },
  { name: 'La Habana', country: 'CU' },
  { name: 'Santo Domingo', country: 'DO' },
  { name: 'Punta Cana', country: 'DO' },
  { name: 'Port-au-Prince', country: 'HT' },
  { name: 'Kingston', country: 'JM' },
  { name: 'Montego Bay', country: 'JM' },
  { name: 'Bridgetown', country: 'BB' },
  { name: 'Nassau', country: 'BS' },
  { name: 'Port of Spain', country: 'TT' },
  { name: 'Castries', country: 'LC' },
  { name: 'Kingstown', country: 'VC' },
  { name: 'Roseau', country: 'DM' },
  { name: 'Basseterre', country: 'KN' },
  { name: 'Willemstad', country: 'CW' },
  { name: 'Oranjestad', country: 'AW' },
  { name: 'Georgetown', country: 'GY' },
  { name: 'Paramaribo', country: 'SR' },
  { name: 'Cayenne', country: 'GF' },
  { name: 'Bogotá', country: 'CO' },
  { name: 'Medellín', country: 'CO' },
  { name: 'Cartagena', country: 'CO' },
  { name: 'Cali', country: 'CO' },
  { name: 'Quito', country: 'EC' },
  { name: 'Guayaquil', country: 'EC' },
  { name: 'Lima', country: 'PE' },
  { name: 'Cusco', country: 'PE' },
  { name: 'La Paz', country: 'BO' },
  { name: 'Asunción', country: 'PY' },
  { name: 'Montevideo', country: 'UY' },
  { name: 'Punta del Este', country: 'UY' },
  { name: 'Buenos Aires', country: 'AR' },
  { name: 'Caracas', country: 'VE' },
  { name: 'São Paulo', country: 'BR' },
  { name: 'Rio de Janeiro', country: 'BR' },
  { name: 'Brasília', country: 'BR' },
  { name: 'Porto Alegre', country: 'BR' },
  { name: 'Fortaleza', country: 'BR' },
  { name: 'Recife', country: 'BR' },
  { name: 'Belo Horizonte', country: 'BR' },
  { name: 'Belém', country: 'BR' },
  { name: 'Curitiba', country: 'BR' },
  { name: 'Florianópolis', country: 'BR' },
  { name: 'Manaus', country: 'BR' },
  { name: 'Cuiabá', country: 'BR' },
  { name: 'Goiânia', country: 'BR' },
  { name: 'Campinas', country: 'BR' },
  { name: 'Feira de Santana', country: 'BR' },
  { name: 'Los Angeles', country: 'US' },
  { name: 'Washington DC', country: 'US' },
]
