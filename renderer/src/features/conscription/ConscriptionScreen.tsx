import { useHashSubPath } from '../../shell/use-hash-section';
import { CampaignDetail } from './CampaignDetail';
import { CampaignList } from './CampaignList';

/** Tuyển quân: the year's campaigns (#/tuyen-quan), or one campaign's detail (#/tuyen-quan/<id>/<tab>). */
export function ConscriptionScreen() {
  const [path, navigate] = useHashSubPath('tuyen-quan');
  const [campaignId, tab] = path;
  if (campaignId) return <CampaignDetail key={campaignId} campaignId={campaignId} tab={tab} onNavigate={navigate} />;
  return <CampaignList onOpen={(id) => navigate([id])} />;
}
