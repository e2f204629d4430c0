import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';

import { groupPrivileges, shortGroupLabel } from '@/lib/arcgis/group-privileges';

/** A role's privileges by area and group, in plain words; the privilege string is kept as a secondary line. */
export function RolePrivileges({ privileges }: { privileges: readonly string[] }) {
  const areas = groupPrivileges(privileges);
  if (areas.length === 0) return <Typography color="text.secondary">This role has no privileges.</Typography>;
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
      {areas.map((area) => (
        <section key={area.area} aria-labelledby={`privilege-area-${area.area}`}>
          <Typography variant="h3" id={`privilege-area-${area.area}`} sx={{ mb: 1 }}>
            {area.label}
          </Typography>
          {area.sections.map((section) => (
            <Box key={section.id} sx={{ mb: 1.5 }}>
              <Typography variant="subtitle2" component="h4" id={`privilege-group-${section.id}`}>
                {shortGroupLabel(section.label)}
              </Typography>
              <List dense disablePadding aria-labelledby={`privilege-group-${section.id}`}>
                {section.privileges.map((privilege) => (
                  <ListItem key={privilege.id} disableGutters sx={{ py: 0 }}>
                    <ListItemText
                      primary={privilege.label}
                      secondary={privilege.id}
                      slotProps={{ secondary: { sx: { fontFamily: 'monospace', fontSize: 12 } } }}
                    />
                  </ListItem>
                ))}
              </List>
            </Box>
          ))}
        </section>
      ))}
    </Box>
  );
}
