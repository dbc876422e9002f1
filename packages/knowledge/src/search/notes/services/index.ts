// Every service note, from the files of each ministry's agencies.
import type { NoteEntry } from '../notes.ts';
import { NOTES as commissionOnAdministrativeJustice } from './commission-on-administrative-justice.ts';
import { NOTES as executiveOfficeOfThePresident } from './executive-office-of-the-president.ts';
import { NOTES as agricultureAndLivestockDevelopment } from './agriculture-and-livestock-development.ts';
import { NOTES as cooperativesAndMicroSmallAndMediumEnterprisesMsmeDevelopment } from './cooperatives-and-micro-small-and-medium-enterprises-msme-development.ts';
import { NOTES as defence } from './defence.ts';
import { NOTES as eastAfricanCommunityEacTheAsalsAndRegionalDevelopment } from './east-african-community-eac-the-asals-and-regional-development.ts';
import { NOTES as education } from './education.ts';
import { NOTES as energyAndPetroleum } from './energy-and-petroleum.ts';
import { NOTES as environmentClimateChangeAndForestry } from './environment-climate-change-and-forestry.ts';
import { NOTES as foreignAndDiasporaAffairs } from './foreign-and-diaspora-affairs.ts';
import { NOTES as genderCultureTheArtsAndHeritage } from './gender-culture-the-arts-and-heritage.ts';
import { NOTES as health } from './health.ts';
import { NOTES as informationCommunicationsAndTheDigitalEconomy } from './information-communications-and-the-digital-economy.ts';
import { NOTES as interiorAndNationalAdministration } from './interior-and-national-administration.ts';
import { NOTES as investmentsTradeAndIndustry } from './investments-trade-and-industry.ts';
import { NOTES as labourAndSocialProtection } from './labour-and-social-protection.ts';
import { NOTES as landsPublicWorksHousingAndUrbanDevelopment } from './lands-public-works-housing-and-urban-development.ts';
import { NOTES as miningBlueEconomyAndMaritimeAffairs } from './mining-blue-economy-and-maritime-affairs.ts';
import { NOTES as publicServiceGenderAndAffirmativeAction } from './public-service-gender-and-affirmative-action.ts';
import { NOTES as roadsAndTransport } from './roads-and-transport.ts';
import { NOTES as tourismWildlifeAndHeritage } from './tourism-wildlife-and-heritage.ts';
import { NOTES as waterSanitationAndIrrigation } from './water-sanitation-and-irrigation.ts';
import { NOTES as youthAffairsCreativeEconomyAndSports } from './youth-affairs-creative-economy-and-sports.ts';
import { NOTES as parliamentOfKenya } from './parliament-of-kenya.ts';
import { NOTES as theJudiciary } from './the-judiciary.ts';
import { NOTES as theNationalTreasuryAndEconomicPlanning } from './the-national-treasury-and-economic-planning.ts';
import { NOTES as theStateLawOffice } from './the-state-law-office.ts';

export const SERVICE_NOTES: readonly NoteEntry[] = [
  ...commissionOnAdministrativeJustice,
  ...executiveOfficeOfThePresident,
  ...agricultureAndLivestockDevelopment,
  ...cooperativesAndMicroSmallAndMediumEnterprisesMsmeDevelopment,
  ...defence,
  ...eastAfricanCommunityEacTheAsalsAndRegionalDevelopment,
  ...education,
  ...energyAndPetroleum,
  ...environmentClimateChangeAndForestry,
  ...foreignAndDiasporaAffairs,
  ...genderCultureTheArtsAndHeritage,
  ...health,
  ...informationCommunicationsAndTheDigitalEconomy,
  ...interiorAndNationalAdministration,
  ...investmentsTradeAndIndustry,
  ...labourAndSocialProtection,
  ...landsPublicWorksHousingAndUrbanDevelopment,
  ...miningBlueEconomyAndMaritimeAffairs,
  ...publicServiceGenderAndAffirmativeAction,
  ...roadsAndTransport,
  ...tourismWildlifeAndHeritage,
  ...waterSanitationAndIrrigation,
  ...youthAffairsCreativeEconomyAndSports,
  ...parliamentOfKenya,
  ...theJudiciary,
  ...theNationalTreasuryAndEconomicPlanning,
  ...theStateLawOffice,
];
