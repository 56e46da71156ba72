import { byId, defineMethod } from '../../kernel/method';
import {
  campaignCreateInput,
  campaignIdInput,
  campaignListInput,
  campaignUpdateInput,
  campaignVersionInput,
  narrativeSetInput,
  quotaSetInput,
} from './schema';
import * as service from './service';

export const campaignsApi = {
  'conscription.campaign.list': defineMethod(campaignListInput, (ctx) => service.listCampaigns(ctx)),
  'conscription.campaign.get': defineMethod(campaignIdInput, byId(service.getCampaign)),
  'conscription.campaign.create': defineMethod(campaignCreateInput, service.createCampaign),
  'conscription.campaign.update': defineMethod(campaignUpdateInput, service.updateCampaign),
  'conscription.campaign.setQuotas': defineMethod(quotaSetInput, service.setQuotas),
  'conscription.campaign.setNarrative': defineMethod(narrativeSetInput, service.setNarrative),
  'conscription.campaign.close': defineMethod(campaignVersionInput, (ctx, input) =>
    service.setCampaignClosed(ctx, input.id, input.version, true),
  ),
  'conscription.campaign.reopen': defineMethod(campaignVersionInput, (ctx, input) =>
    service.setCampaignClosed(ctx, input.id, input.version, false),
  ),
};
