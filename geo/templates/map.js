/* geo map page script. Draws from the JSON in #geo-data; never assigns article text to innerHTML: names go
   through textContent and popups are clones of the (server-escaped) entries of the places list. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("geo-data").textContent);
  var narrow = window.matchMedia && window.matchMedia("(max-width: 760px)").matches;
  var map = L.map("geo-map", { worldCopyJump: true, keyboard: true, minZoom: 1, maxZoom: 18 });
  map.attributionControl.addAttribution(data.attribution);

  if (data.tiles) {
    L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution, maxZoom: 18 }).addTo(map);
  }
  if (data.basemap) {
    L.geoJSON(data.basemap, { interactive: false,
      style: { color: "#a9a9a9", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
  }

  function textEl(tag, text) { var e = document.createElement(tag); e.textContent = text; return e; }

  function popupContent(p) {
    return function () {
      var src = document.getElementById(p.dom);
      var clone = src.cloneNode(true);
      clone.removeAttribute("id");
      var withIds = clone.querySelectorAll("[id]");
      for (var i = 0; i < withIds.length; i++) { withIds[i].removeAttribute("id"); }
      var wrap = document.createElement("div");
      wrap.className = "geo-popup";
      wrap.setAttribute("data-place", p.id);
      wrap.appendChild(clone);
      return wrap;
    };
  }

  var groups = {};
  var overlays = {};
  data.layers.forEach(function (l) {
    var g = (data.cluster && (l.key === "cities" || l.key === "facilities" || l.key === "actors"))
      ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 })
      : L.featureGroup();
    groups[l.key] = g;
    overlays[l.label] = g;
    if (l.on) { g.addTo(map); }
  });

  var byId = {};
  var kindClass = { facility: "facility", landmark: "facility", crossing: "facility", city: "city", district: "city" };
  data.places.forEach(function (p) {
    var layer;
    if (p.area) {
      var isCountry = p.kind === "country";
      layer = L.geoJSON(p.area, { style: isCountry
        ? { color: "#777", weight: 1, fillColor: "#888", fillOpacity: 0.08 }
        : { color: "#e8590c", weight: 1.5, fillColor: "#e8590c", fillOpacity: 0.22 } });
    } else if (p.radius_m) {
      layer = L.circle([p.lat, p.lon], { radius: p.radius_m, color: "#c92a2a", weight: 2, dashArray: "5 4",
        fillColor: "#c92a2a", fillOpacity: 0.12, className: "geo-approx" });
    } else {
      var cls = p.layer === "actors" ? "actor" : (kindClass[p.kind] || "other");
      layer = L.marker([p.lat, p.lon], { title: p.name, alt: p.name, keyboard: true, riseOnHover: true,
        icon: L.divIcon({ className: "geo-marker geo-marker-" + cls, iconSize: [14, 14] }) });
    }
    layer.bindTooltip(textEl("span", p.name), { sticky: !!(p.area || p.radius_m) });
    layer.bindPopup(popupContent(p), { maxWidth: narrow ? Math.max(220, window.innerWidth - 60) : 360,
                                       autoPanPadding: [20, 20] });
    layer.addTo(groups[p.layer]);
    byId[p.id] = { layer: layer, group: groups[p.layer], place: p };
  });

  data.disputed.forEach(function (d) {
    var z = L.geoJSON(d.area, { style: { color: "#555", weight: 1.5, dashArray: "4 3", fillColor: "#999",
      fillOpacity: 0.15 } });
    z.bindTooltip(textEl("span", d.note), { sticky: true });
    z.addTo(groups.countries);
  });

  L.control.layers(null, overlays, { collapsed: narrow }).addTo(map);
  var legend = L.control({ position: "bottomleft" });
  legend.onAdd = function () {
    var t = document.getElementById("geo-legend-template");
    return t.content.firstElementChild.cloneNode(true);
  };
  legend.addTo(map);
  map.fitBounds(data.bounds, { padding: [20, 20], maxZoom: 9 });

  function open(id) {
    var entry = byId[id];
    if (!entry) { return false; }
    if (!map.hasLayer(entry.group)) { entry.group.addTo(map); }
    var show = function () {
      if (entry.layer.getBounds) { map.fitBounds(entry.layer.getBounds(), { maxZoom: 9 }); }
      else { map.setView(entry.layer.getLatLng(), Math.max(map.getZoom(), 8)); }
      entry.layer.openPopup();
      if (entry.layer.getElement && entry.layer.getElement() && entry.layer.getElement().focus) {
        entry.layer.getElement().focus();
      }
    };
    if (entry.group.zoomToShowLayer && !entry.layer.getBounds) { entry.group.zoomToShowLayer(entry.layer, show); }
    else { show(); }
    document.getElementById("geo-map").scrollIntoView({ block: "nearest" });
    return true;
  }

  var buttons = document.querySelectorAll("button.geo-show");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function (ev) { open(ev.currentTarget.getAttribute("data-place")); });
  }
  window.geoMap = { map: map, layers: groups, places: byId, open: open };
})();
